using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>The transactions the audit log reads and writes the chain in, which differ by provider.</summary>
internal static class AuditTransactions
{
    // An arbitrary key of pg_advisory_xact_lock that no other lock in the portal uses.
    private const long ChainLockKey = 0x5A57_4155_4449_5400;

    /// <summary>
    /// Begins a transaction in which only this writer may append to the chain, or returns null when the caller's
    /// transaction is already open and the lock was taken in it. On PostgreSQL a transaction-scoped advisory lock
    /// serialises writers until commit or rollback. On SQLite, EF Core begins transactions with BEGIN IMMEDIATE,
    /// which takes the database's single write lock at once.
    /// </summary>
    public static async Task<IDbContextTransaction?> BeginWriteAsync(ZhengwuDbContext db, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(
                "SELECT pg_advisory_xact_lock({0})",
                [ChainLockKey],
                cancellationToken);
        }

        return transaction;
    }

    /// <summary>
    /// Begins a read-only snapshot, so a verification or export that reads many pages reads one state of the chain
    /// even while records are appended or purged. A transaction the caller already has open is used as it is.
    /// On SQLite a deferred transaction in WAL mode reads one snapshot without blocking writers.
    /// </summary>
    public static async Task<IAsyncDisposable> BeginSnapshotAsync(ZhengwuDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return new DeferredSnapshot(db, null);
        }

        if (db.Database.IsNpgsql())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);

        return new DeferredSnapshot(db, transaction);
    }

    /// <summary>
    /// Ends a deferred SQLite transaction that was passed to EF Core, or does nothing when the transaction is
    /// the caller's. EF Core does not own a transaction passed to it, so it neither rolls it back nor closes the
    /// connection opened for it.
    /// </summary>
    private sealed class DeferredSnapshot(ZhengwuDbContext db, SqliteTransaction? transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (transaction is null)
            {
                return;
            }

            await db.Database.UseTransactionAsync(null);
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
