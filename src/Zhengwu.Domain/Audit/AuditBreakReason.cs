namespace Zhengwu.Domain.Audit;

/// <summary>Why verification stopped at a record.</summary>
public enum AuditBreakReason
{
    /// <summary>The record's fields do not produce its stored hash.</summary>
    Altered = 1,

    /// <summary>The record's previous hash is not the hash of the record before it.</summary>
    LinkBroken = 2,

    /// <summary>Sequence numbers are skipped before the record.</summary>
    Missing = 3,

    /// <summary>The record's sequence number is not greater than the one before it.</summary>
    OutOfOrder = 4,
}
