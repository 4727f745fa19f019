using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.TestSupport;

/// <summary>
/// A fresh, empty database for one test class: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server named by ZHENGWU_TEST_POSTGRES. Disposing deletes it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "ZHENGWU_TEST_POSTGRES";

    private readonly string? _adminConnectionString;

    private TestDatabase(DatabaseProvider provider, string folder, string connectionString, string? adminConnectionString, string? name)
    {
        Provider = provider;
        Folder = folder;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        Name = name;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>A temporary folder for the SQLite file and other files the test writes; deleted on dispose.</summary>
    public string Folder { get; }

    public string ConnectionString { get; }

    public string? Name { get; }

    /// <summary>The PostgreSQL connection string for the portal's configuration, or null for SQLite.</summary>
    public string? PostgresConnectionString => Provider == DatabaseProvider.Postgres ? ConnectionString : null;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("zhengwu-test-").FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(folder, DatabaseSettings.SqliteFileName);

            return new TestDatabase(provider, folder, $"Data Source={path};Pooling=False", null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the suite with scripts/test, which starts a PostgreSQL server and sets it.");
        }

        var name = "zhengwu_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8'", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };

        return new TestDatabase(provider, folder, builder.ConnectionString, admin, name);
    }

    /// <summary>Opens a context on this database, migrated to the current model.</summary>
    public async Task<ZhengwuDbContext> OpenContextAsync()
    {
        ZhengwuDbContext db = Provider == DatabaseProvider.Sqlite
            ? new SqliteZhengwuDbContext(new DbContextOptionsBuilder<SqliteZhengwuDbContext>().UseSqlite(ConnectionString).Options)
            : new PostgresZhengwuDbContext(new DbContextOptionsBuilder<PostgresZhengwuDbContext>().UseNpgsql(ConnectionString).Options);
        await db.Database.MigrateAsync();

        return db;
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing host is left for the OS to clean.
        }
    }
}
