namespace Zhengwu.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}
