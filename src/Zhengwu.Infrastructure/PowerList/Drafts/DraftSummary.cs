namespace Zhengwu.Infrastructure.PowerList.Drafts;

/// <summary>One line of a department's draft list.</summary>
public sealed record DraftSummary(
    int Id,
    string Name,
    string? ItemCode,
    int Version,
    string UpdatedByName,
    DateTimeOffset UpdatedAt,
    int AttachmentCount);
