using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>The filters of the work list; a null filter lets every part through.</summary>
/// <param name="State">The part's state.</param>
/// <param name="ItemCode">The item's code, upper case.</param>
/// <param name="Due">Only overdue or only near-due parts.</param>
/// <param name="FiledFrom">The first instant of the filing period, inclusive.</param>
/// <param name="FiledUntil">The end of the filing period, exclusive.</param>
public sealed record WorkListFilter(
    CaseState? State = null,
    string? ItemCode = null,
    WorkListDue? Due = null,
    DateTimeOffset? FiledFrom = null,
    DateTimeOffset? FiledUntil = null);

public enum WorkListDue
{
    Overdue = 1,
    NearDue = 2,
}
