namespace Zhengwu.Infrastructure.PowerList.Drafts;

/// <summary>One line of a department's draft list.</summary>
public sealed record DraftSummary(
    int Id,
    string Name,
    string? ItemCode,
    int Version,
    string UpdatedByName,
    DateTimeOffset UpdatedAt,
    int AttachmentCount)
{
    /// <summary>The code of the city item a take-over draft takes over; null for other drafts.</summary>
    public string? SourceItemCode { get; init; }
}
