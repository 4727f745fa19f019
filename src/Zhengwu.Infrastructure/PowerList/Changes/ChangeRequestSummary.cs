using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Infrastructure.PowerList.Changes;

/// <summary>One line of a change-request list.</summary>
public sealed record ChangeRequestSummary(
    int Id,
    ChangeKind Kind,
    ChangeStatus Status,
    string Title,
    string? ItemCode,
    string DepartmentName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt);
