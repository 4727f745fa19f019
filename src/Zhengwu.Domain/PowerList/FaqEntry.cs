namespace Zhengwu.Domain.PowerList;

/// <summary>A common question about an item and its answer.</summary>
public sealed class FaqEntry
{
    public required string Question { get; init; }

    public required string Answer { get; init; }
}
