namespace Zhengwu.Domain.Audit;

/// <summary>
/// The record a chain continues from: its sequence number and hash. The next record must have
/// <c>Id + 1</c> and carry <see cref="Hash"/> as its previous hash.
/// </summary>
public sealed record AuditChainLink(long Id, string Hash)
{
    /// <summary>The start of an empty log: the first record has Id 1 and a previous hash of 64 zeros.</summary>
    public static AuditChainLink Genesis { get; } = new(0, new string('0', AuditRecord.HashLength));

    public static AuditChainLink To(AuditRecord record) => new(record.Id, record.Hash);
}
