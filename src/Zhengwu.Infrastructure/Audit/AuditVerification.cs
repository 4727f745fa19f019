using Zhengwu.Domain.Audit;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>The outcome of verifying the stored audit chain.</summary>
/// <param name="Count">The number of records that verified before the break, or in all when there is none.</param>
/// <param name="Start">The anchor verification started from: the genesis link, or the last purged record.</param>
/// <param name="Last">The last record that verified, or <paramref name="Start"/> when none did.</param>
/// <param name="Break">The first broken record, or null when the chain is intact.</param>
public sealed record AuditVerification(long Count, AuditChainLink Start, AuditChainLink Last, AuditChainBreak? Break)
{
    public bool IsValid => Break is null;
}
