namespace Zhengwu.Infrastructure.Persistence;

/// <summary>
/// Where the portal keeps its data: a SQLite file by default, PostgreSQL when a connection string is set.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteFileName = "zhengwu.db";

    /// <summary>
    /// Chooses PostgreSQL when <paramref name="postgresConnectionString"/> is set, otherwise a SQLite file in
    /// <paramref name="dataFolder"/>, which is created when missing.
    /// </summary>
    public static DatabaseSettings Resolve(string? postgresConnectionString, string dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(postgresConnectionString))
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, postgresConnectionString);
        }

        Directory.CreateDirectory(dataFolder);
        var path = Path.GetFullPath(Path.Combine(dataFolder, SqliteFileName));

        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=True");
    }
}
