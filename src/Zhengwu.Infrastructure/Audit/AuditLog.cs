using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Export;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>
/// The append-only, hash-chained audit log: appends records, verifies the chain, exports records and removes
/// those past the retention period.
/// </summary>
/// <remarks>
/// The chain detects a record changed, removed or moved in the database without recomputing the hashes of
/// every later record. It cannot detect the removal of the newest records, or a rewrite by someone who
/// recomputes all later hashes. The count and last hash that verification returns, kept outside the database,
/// and the database backups cover those cases.
/// </remarks>
public sealed class AuditLog
{
    /// <summary>The number of records read per query when verifying, exporting or purging.</summary>
    public const int PageSize = 1000;

    private readonly ZhengwuDbContext _db;
    private readonly TimeProvider _clock;
    private readonly int _retentionDays;
    private readonly ILogger<AuditLog> _logger;

    /// <exception cref="OptionsValidationException">The configured retention is shorter than 186 days.</exception>
    public AuditLog(ZhengwuDbContext db, TimeProvider clock, IOptions<AuditOptions> options, ILogger<AuditLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _clock = clock;
        _retentionDays = options.Value.RetentionDays;
        _logger = logger;
    }

    /// <summary>
    /// Appends one record for <paramref name="entry"/> at the current time and returns it. Concurrent writers
    /// are serialised, so every record follows the one appended before it. When the context has a transaction
    /// open, the record is written in it and is kept only if that transaction commits. On SQLite that
    /// transaction must hold the write lock, as one begun by EF Core does. Otherwise the record is committed in
    /// a transaction of its own. Pending changes of the context are neither saved nor tracked.
    /// </summary>
    public async Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var transaction = await AuditTransactions.BeginWriteAsync(_db, cancellationToken);
        var record = await AppendLockedAsync(entry, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return record;
    }

    /// <summary>
    /// Verifies every stored record in sequence order, from the last purge anchor or from the start, and returns
    /// the first broken record with its reason. Records are read <see cref="PageSize"/> at a time from one
    /// snapshot of the database.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var snapshot = await AuditTransactions.BeginSnapshotAsync(_db, cancellationToken);
        var start = await AnchorAsync(cancellationToken);
        var verifier = await VerifyUpToAsync(start, long.MaxValue, cancellationToken);

        return new AuditVerification(verifier.Count, start, verifier.Last, verifier.Break);
    }

    /// <summary>
    /// Writes the records that occurred from <paramref name="from"/> (inclusive) to <paramref name="to"/>
    /// (exclusive) to <paramref name="output"/> in sequence order and returns how many were written. Cells that
    /// start with =, +, -, @, a tab or a carriage return get a leading apostrophe, so a spreadsheet shows them
    /// as text rather than running them as formulas.
    /// </summary>
    public async Task<long> ExportAsync(
        ExportFormat format,
        DateTimeOffset from,
        DateTimeOffset to,
        Stream output,
        CancellationToken cancellationToken = default)
    {
        await using var snapshot = await AuditTransactions.BeginSnapshotAsync(_db, cancellationToken);

        return format switch
        {
            ExportFormat.Csv => await AuditExport.WriteCsvAsync(this, from, to, output, cancellationToken),
            ExportFormat.Xlsx => await AuditExport.WriteXlsxAsync(this, from, to, output, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Use csv or xlsx."),
        };
    }

    /// <summary>
    /// Removes the records that occurred more than the configured retention before <paramref name="now"/>. Only
    /// the oldest records go: removal stops at the first record inside the retention period, even when later
    /// records are older. The hash of the last removed record is stored as an anchor that verification starts
    /// from, and an <see cref="AuditActions.AuditPurged"/> record is appended, all in one transaction. When the
    /// records due for removal do not verify, nothing is removed and the result names the broken record.
    /// </summary>
    public async Task<AuditPurgeResult> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var cutoff = now.ToUniversalTime().AddDays(-_retentionDays);
        await using var transaction = await AuditTransactions.BeginWriteAsync(_db, cancellationToken);
        var lastDue = await LastDueIdAsync(cutoff, cancellationToken);
        var start = await AnchorAsync(cancellationToken);
        if (lastDue is null || lastDue <= start.Id)
        {
            return new AuditPurgeResult(0, null, null);
        }

        var verifier = await VerifyUpToAsync(start, lastDue.Value, cancellationToken);
        if (verifier.Break is { } found)
        {
            AuditLogMessages.PurgeRejected(_logger, found.RecordId, found.LogMessage);

            return new AuditPurgeResult(0, null, found);
        }

        await RemoveAsync(verifier, cutoff, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        AuditLogMessages.Purged(_logger, verifier.Count, verifier.Last.Id, cutoff);

        return new AuditPurgeResult(verifier.Count, verifier.Last.Id, null);
    }

    /// <summary>Reads records with sequence numbers after <paramref name="afterId"/>, one page per query.</summary>
    internal async IAsyncEnumerable<AuditRecord> ReadAsync(
        long afterId,
        long untilId,
        DateTimeOffset? from,
        DateTimeOffset? to,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var page = await Page(afterId, untilId, from, to).ToListAsync(cancellationToken);
            foreach (var record in page)
            {
                yield return record;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            afterId = page[^1].Id;
        }
    }

    /// <summary>Reads the same pages as <see cref="ReadAsync"/> with blocking queries, for writers without async input.</summary>
    internal IEnumerable<AuditRecord> Read(long afterId, DateTimeOffset from, DateTimeOffset to)
    {
        while (true)
        {
            var page = Page(afterId, long.MaxValue, from, to).ToList();
            foreach (var record in page)
            {
                yield return record;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            afterId = page[^1].Id;
        }
    }

    private IQueryable<AuditRecord> Page(long afterId, long untilId, DateTimeOffset? from, DateTimeOffset? to)
    {
        var records = _db.AuditRecords.AsNoTracking().Where(record => record.Id > afterId && record.Id <= untilId);
        if (from is { } start)
        {
            records = records.Where(record => record.OccurredAt >= start);
        }

        if (to is { } end)
        {
            records = records.Where(record => record.OccurredAt < end);
        }

        return records.OrderBy(record => record.Id).Take(PageSize);
    }

    private async Task<AuditRecord> AppendLockedAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var previous = await LastLinkAsync(cancellationToken);
        var record = AuditChain.Append(previous, entry, _clock.GetUtcNow());
        await AuditRows.InsertAsync(_db, record, cancellationToken);

        return record;
    }

    private async Task<AuditChainLink> LastLinkAsync(CancellationToken cancellationToken)
    {
        var last = await _db.AuditRecords.AsNoTracking()
            .OrderByDescending(record => record.Id)
            .Select(record => new AuditChainLink(record.Id, record.Hash))
            .FirstOrDefaultAsync(cancellationToken);

        return last ?? await AnchorAsync(cancellationToken);
    }

    private async Task<AuditChainLink> AnchorAsync(CancellationToken cancellationToken)
    {
        var anchor = await _db.AuditAnchors.AsNoTracking()
            .OrderByDescending(anchor => anchor.LastPurgedId)
            .Select(anchor => new AuditChainLink(anchor.LastPurgedId, anchor.LastPurgedHash))
            .FirstOrDefaultAsync(cancellationToken);

        return anchor ?? AuditChainLink.Genesis;
    }

    private async Task<AuditChainVerifier> VerifyUpToAsync(
        AuditChainLink start,
        long untilId,
        CancellationToken cancellationToken)
    {
        // Records at or before the anchor are read too, so one left behind or put back after a purge is reported.
        var verifier = new AuditChainVerifier(start);
        await foreach (var record in ReadAsync(long.MinValue, untilId, null, null, cancellationToken))
        {
            if (verifier.Check(record) is { } found)
            {
                AuditLogMessages.ChainBroken(_logger, found.RecordId, found.LogMessage);
                break;
            }
        }

        return verifier;
    }

    /// <summary>
    /// Returns the sequence number of the newest record that may be removed: the one before the first record
    /// inside the retention period, or the newest record when all are older.
    /// </summary>
    private async Task<long?> LastDueIdAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var firstKept = await _db.AuditRecords
            .Where(record => record.OccurredAt >= cutoff)
            .MinAsync(record => (long?)record.Id, cancellationToken);

        return firstKept is { } kept
            ? kept - 1
            : await _db.AuditRecords.MaxAsync(record => (long?)record.Id, cancellationToken);
    }

    private async Task RemoveAsync(AuditChainVerifier verified, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var last = verified.Last;
        var anchor = new AuditAnchor(last.Id, last.Hash, _clock.GetUtcNow(), verified.Count);
        await AuditRows.InsertAsync(_db, anchor, cancellationToken);
        await _db.AuditRecords.Where(record => record.Id <= last.Id).ExecuteDeleteAsync(cancellationToken);

        var entry = new AuditEntry(AuditActions.AuditPurged, AuditResult.Succeeded)
        {
            ObjectType = "audit-log",
            Detail = string.Create(
                CultureInfo.InvariantCulture,
                $"Removed {verified.Count} records up to #{last.Id}, older than {cutoff:yyyy-MM-dd'T'HH:mm:ss'Z'}; retention {_retentionDays} days."),
        };
        await AppendLockedAsync(entry, cancellationToken);
    }
}
