using Microsoft.Extensions.Options;
using Npgsql;

namespace Zhengwu.Web.Hosting;

/// <summary>
/// Rejects an unknown provider, a missing or unreadable PostgreSQL connection string, a missing root certificate and,
/// in Production, a PostgreSQL connection without TLS unless <see cref="DatabaseOptions.UnencryptedConnection"/> is
/// "Warn". On SQLite the data folder must be writable.
/// </summary>
internal sealed partial class DatabaseOptionsValidator(
    IConfiguration configuration,
    IHostEnvironment environment,
    IOptions<ZhengwuOptions> zhengwu,
    ILogger<DatabaseOptionsValidator> logger) : IValidateOptions<DatabaseOptions>
{
    private const string ConnectionStringKey = "ConnectionStrings:Postgres";
    private const string ProviderKey = $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}";
    private const string PolicyKey = $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.UnencryptedConnection)}";

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        if (!IsKnownPolicy(options.UnencryptedConnection))
        {
            failures.Add($"{PolicyKey} is \"{options.UnencryptedConnection}\"; expected Refuse or Warn.");
        }

        var connectionString = configuration.GetConnectionString("Postgres");
        switch (EffectiveProvider(options.Provider, connectionString))
        {
            case null:
                failures.Add($"{ProviderKey} is \"{options.Provider}\"; expected {DatabaseOptions.SqliteProvider} or "
                    + $"{DatabaseOptions.PostgresProvider}, or empty to use PostgreSQL exactly when {ConnectionStringKey} is set.");
                break;
            case DatabaseOptions.PostgresProvider:
                failures.AddRange(CheckPostgres(connectionString, options));
                break;
            default:
                failures.AddRange(CheckSqlite());
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Returns "Sqlite" or "Postgres", or null for an unknown provider name.</summary>
    public static string? EffectiveProvider(string provider, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(provider))
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? DatabaseOptions.SqliteProvider
                : DatabaseOptions.PostgresProvider;
        }

        if (provider.Equals(DatabaseOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseOptions.SqliteProvider;
        }

        return provider.Equals(DatabaseOptions.PostgresProvider, StringComparison.OrdinalIgnoreCase)
            ? DatabaseOptions.PostgresProvider
            : null;
    }

    private static bool IsKnownPolicy(string policy) =>
        policy.Equals(DatabaseOptions.RefuseUnencrypted, StringComparison.OrdinalIgnoreCase)
        || policy.Equals(DatabaseOptions.WarnUnencrypted, StringComparison.OrdinalIgnoreCase);

    private IEnumerable<string> CheckSqlite()
    {
        if (WritableFolder.Check("Zhengwu:DataFolder", zhengwu.Value.DataFolder) is { } error)
        {
            yield return error;
        }
    }

    private IEnumerable<string> CheckPostgres(string? connectionString, DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            yield return $"{ProviderKey} is Postgres but {ConnectionStringKey} is empty. Set it to an Npgsql "
                + "connection string, such as \"Host=db;Database=zhengwu;Username=zhengwu;Password=…\".";
            yield break;
        }

        var builder = Parse(connectionString, out var parseError);
        if (builder is null)
        {
            // The message names the bad keyword or value; the connection string itself may hold a password.
            yield return $"{ConnectionStringKey} is not a valid Npgsql connection string: {parseError}";
            yield break;
        }

        if (!string.IsNullOrEmpty(builder.RootCertificate) && !File.Exists(builder.RootCertificate))
        {
            yield return $"{ConnectionStringKey} names the Root Certificate \"{builder.RootCertificate}\", which does "
                + "not exist. Copy the CA certificate of the database server there or correct the path.";
        }

        if (!environment.IsProduction() || builder.SslMode >= SslMode.Require || IsUnixSocket(builder.Host))
        {
            yield break;
        }

        if (options.UnencryptedConnection.Equals(DatabaseOptions.WarnUnencrypted, StringComparison.OrdinalIgnoreCase))
        {
            LogUnencrypted(logger, builder.SslMode, builder.Host);
            yield break;
        }

        yield return $"{ConnectionStringKey} has SSL Mode={builder.SslMode}, which does not require TLS to the "
            + $"database host \"{builder.Host}\". Add \"SSL Mode=VerifyFull;Root Certificate=/path/to/root.crt\" "
            + $"to the connection string, or set {PolicyKey} to Warn to accept an unencrypted connection.";
    }

    private static NpgsqlConnectionStringBuilder? Parse(string connectionString, out string error)
    {
        try
        {
            error = "";

            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException)
        {
            error = exception.Message;

            return null;
        }
    }

    /// <summary>Npgsql takes a host that starts with a slash as the folder of a Unix-domain socket.</summary>
    private static bool IsUnixSocket(string? host) => host?.StartsWith('/') == true;

    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Warning,
        Message = "The PostgreSQL connection to {Host} has SSL Mode={SslMode} and may be unencrypted; "
            + "Zhengwu:Database:UnencryptedConnection is Warn")]
    private static partial void LogUnencrypted(ILogger logger, SslMode sslMode, string? host);
}
