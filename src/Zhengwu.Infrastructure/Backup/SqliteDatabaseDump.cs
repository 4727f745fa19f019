using Microsoft.Data.Sqlite;

namespace Zhengwu.Infrastructure.Backup;

/// <summary>
/// Copies the SQLite file with VACUUM INTO, which reads inside one transaction and so copies one committed state
/// while other connections write. A restore writes the copy beside the target and renames it into place.
/// </summary>
public sealed class SqliteDatabaseDump(string connectionString) : IDatabaseDump
{
    private readonly string _path = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    public string FileName => "zhengwu.db";

    public async Task DumpAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", path);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return true;
        }

        await using var connection = new SqliteConnection($"Data Source={_path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);

        return await CountTablesAsync(connection, cancellationToken) == 0;
    }

    public async Task RestoreAsync(string path, bool replace, CancellationToken cancellationToken)
    {
        var staged = _path + ".restoring";
        File.Copy(path, staged, overwrite: true);
        try
        {
            await PrepareAsync(staged, cancellationToken);

            // The old file's write-ahead log would be replayed into the restored file, so it goes first.
            SqliteConnection.ClearAllPools();
            File.Delete(_path + "-wal");
            File.Delete(_path + "-shm");
            File.Move(staged, _path, overwrite: true);
        }
        finally
        {
            File.Delete(staged);
        }
    }

    /// <summary>
    /// Checks the copy's integrity and switches it to WAL mode. VACUUM INTO writes a file in rollback-journal mode,
    /// and the portal's read-only existence check cannot switch the mode when it opens such a file.
    /// </summary>
    private static async Task PrepareAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        var result = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (result != "ok")
        {
            throw new BackupException($"备份中的 SQLite 数据库未通过完整性检查：{result}");
        }

        command.CommandText = "PRAGMA journal_mode=WAL";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> CountTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
