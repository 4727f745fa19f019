using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Zhengwu.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteZhengwuDbContext>
{
    public SqliteZhengwuDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteZhengwuDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureSqlite(builder, "Data Source=design-time.db");

        return new SqliteZhengwuDbContext(builder.Options);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context; migrations need no live server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresZhengwuDbContext>
{
    public PostgresZhengwuDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresZhengwuDbContext>();
        DatabaseServiceCollectionExtensions.ConfigurePostgres(builder, "Host=localhost;Database=zhengwu_design");

        return new PostgresZhengwuDbContext(builder.Options);
    }
}
