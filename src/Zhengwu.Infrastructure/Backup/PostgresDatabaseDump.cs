using System.ComponentModel;
using System.Diagnostics;
using Npgsql;

namespace Zhengwu.Infrastructure.Backup;

/// <summary>
/// Dumps with pg_dump in its custom format, which exports from one snapshot while the portal writes, and restores
/// with pg_restore in a single transaction. Both read the connection from libpq environment variables built from
/// the portal's connection string, so the password never appears on a command line.
/// </summary>
public sealed class PostgresDatabaseDump(string connectionString) : IDatabaseDump
{
    private readonly NpgsqlConnectionStringBuilder _connection = new(connectionString);

    public string FileName => "zhengwu.pgdump";

    public Task DumpAsync(string path, CancellationToken cancellationToken) =>
        RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", $"--file={path}"], cancellationToken);

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
            connection);

        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 0;
    }

    public async Task RestoreAsync(string path, bool replace, CancellationToken cancellationToken)
    {
        List<string> arguments =
        [
            "--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges", $"--dbname={_connection.Database}",
        ];
        if (replace)
        {
            arguments.AddRange(["--clean", "--if-exists"]);
        }

        arguments.Add(path);
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_restore", arguments, cancellationToken);
    }

    private async Task RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in LibpqEnvironment())
        {
            start.Environment[name] = value;
        }

        using var process = StartProcess(start);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{program} 以退出码 {process.ExitCode} 结束：{(await errors).Trim()} {(await output).Trim()}");
        }
    }

    private static Process StartProcess(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new BackupException($"无法启动 {start.FileName}。");
        }
        catch (Win32Exception exception)
        {
            throw new BackupException(
                $"找不到 {start.FileName}：请安装主版本不低于数据库服务器的 PostgreSQL 客户端"
                + "（Debian：apt-get install postgresql-client），并确保它在 PATH 中。",
                exception);
        }
    }

    private Dictionary<string, string> LibpqEnvironment()
    {
        var values = new Dictionary<string, string?>
        {
            ["PGHOST"] = _connection.Host,
            ["PGPORT"] = _connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGDATABASE"] = _connection.Database,
            ["PGUSER"] = _connection.Username,
            ["PGPASSWORD"] = _connection.Password,
            ["PGSSLMODE"] = LibpqSslMode(_connection.SslMode),
            ["PGSSLROOTCERT"] = _connection.RootCertificate,
            ["PGSSLCERT"] = _connection.SslCertificate,
            ["PGSSLKEY"] = _connection.SslKey,
            ["PGCONNECT_TIMEOUT"] = _connection.Timeout.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        return values.Where(pair => !string.IsNullOrEmpty(pair.Value)).ToDictionary(pair => pair.Key, pair => pair.Value!);
    }

    private static string LibpqSslMode(SslMode mode) => mode switch
    {
        SslMode.Disable => "disable",
        SslMode.Allow => "allow",
        SslMode.Require => "require",
        SslMode.VerifyCA => "verify-ca",
        SslMode.VerifyFull => "verify-full",
        _ => "prefer",
    };
}
