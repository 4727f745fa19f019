using Zhengwu.Domain.Audit;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>One page of audit records, newest first, and the number of records that match the filters.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, long Total, int Page, int PageSize)
{
    public long PageCount => (Total + PageSize - 1) / PageSize;
}
