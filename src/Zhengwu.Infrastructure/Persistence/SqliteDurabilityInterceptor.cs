using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zhengwu.Infrastructure.Persistence;

/// <summary>
/// Puts every SQLite connection in WAL mode with full synchronisation, so a committed transaction
/// survives a power loss and readers do not block the writer.
/// </summary>
/// <remarks>
/// EF Core opens and closes the connection around each query, and Microsoft.Data.Sqlite hands out the same pooled
/// database handle again. The settings stay with the handle, so they are applied once per handle. Applied on every
/// open, they would add three statements to every query.
/// </remarks>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    private static readonly ConditionalWeakTable<object, object> s_configured = [];
    private static readonly object s_marker = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private static bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && s_configured.TryGetValue(handle, out _);

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            s_configured.AddOrUpdate(handle, s_marker);
        }
    }
}
