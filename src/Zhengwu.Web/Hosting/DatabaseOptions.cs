namespace Zhengwu.Web.Hosting;

/// <summary>The database provider and its transport rules, from the "Zhengwu:Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Zhengwu:Database";

    public const string SqliteProvider = "Sqlite";

    public const string PostgresProvider = "Postgres";

    /// <summary>
    /// "Sqlite" or "Postgres". Empty chooses PostgreSQL when <c>ConnectionStrings:Postgres</c> is set and SQLite
    /// otherwise.
    /// </summary>
    public string Provider { get; set; } = "";

    public const string RefuseUnencrypted = "Refuse";

    public const string WarnUnencrypted = "Warn";

    /// <summary>
    /// What a Production start on PostgreSQL does when the connection string's SSL Mode is below Require and the
    /// host is not a Unix-domain socket: "Refuse" stops the start, "Warn" logs a warning and goes on.
    /// </summary>
    public string UnencryptedConnection { get; set; } = RefuseUnencrypted;
}
