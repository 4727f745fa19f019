namespace Zhengwu.Domain.Audit;

/// <summary>
/// Checks records one at a time in chain order, so a long log can be verified page by page without holding it
/// in memory. After the first break it reports nothing more.
/// </summary>
public sealed class AuditChainVerifier(AuditChainLink start)
{
    private AuditChainLink _previous = start;

    /// <summary>The number of records that verified.</summary>
    public long Count { get; private set; }

    /// <summary>The last record that verified, or the start when none has.</summary>
    public AuditChainLink Last => _previous;

    public AuditChainBreak? Break { get; private set; }

    /// <summary>
    /// Checks <paramref name="record"/> against the record before it and returns the break it causes, or null
    /// when it verifies. Sequence numbers are checked first, then the record's own hash, then the link. So an
    /// edited record is reported as altered, and a record whose hash was recomputed after an edit is reported
    /// at the next record as a broken link.
    /// </summary>
    public AuditChainBreak? Check(AuditRecord record)
    {
        if (Break is not null)
        {
            return Break;
        }

        Break = Find(record);
        if (Break is null)
        {
            _previous = AuditChainLink.To(record);
            Count++;
        }

        return Break;
    }

    private AuditChainBreak? Find(AuditRecord record)
    {
        if (record.Id <= _previous.Id)
        {
            return new AuditChainBreak(record.Id, AuditBreakReason.OutOfOrder, _previous.Id);
        }

        if (record.Id > _previous.Id + 1)
        {
            return new AuditChainBreak(record.Id, AuditBreakReason.Missing, _previous.Id);
        }

        if (!string.Equals(AuditChain.ComputeHash(record), record.Hash, StringComparison.Ordinal))
        {
            return new AuditChainBreak(record.Id, AuditBreakReason.Altered, _previous.Id);
        }

        return string.Equals(record.PreviousHash, _previous.Hash, StringComparison.Ordinal)
            ? null
            : new AuditChainBreak(record.Id, AuditBreakReason.LinkBroken, _previous.Id);
    }
}
