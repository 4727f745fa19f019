namespace Zhengwu.Infrastructure.Audit;

/// <summary>
/// The last record a retention purge removed. Verification starts from the newest anchor, so the records kept
/// after a purge still form a chain that can be checked.
/// </summary>
public sealed class AuditAnchor
{
    public AuditAnchor(long lastPurgedId, string lastPurgedHash, DateTimeOffset purgedAt, long removedCount)
    {
        LastPurgedId = lastPurgedId;
        LastPurgedHash = lastPurgedHash;
        PurgedAt = purgedAt;
        RemovedCount = removedCount;
    }

    /// <summary>The sequence number of the last removed record; the first kept record has the next one.</summary>
    public long LastPurgedId { get; private set; }

    /// <summary>The hash of the last removed record, which the first kept record carries as its previous hash.</summary>
    public string LastPurgedHash { get; private set; }

    public DateTimeOffset PurgedAt { get; private set; }

    /// <summary>How many records this purge removed.</summary>
    public long RemovedCount { get; private set; }
}
