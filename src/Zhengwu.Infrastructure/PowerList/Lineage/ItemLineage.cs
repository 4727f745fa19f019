using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Infrastructure.PowerList.Lineage;

/// <summary>
/// The origin and successors of an item. Merges and splits link items to their successors and predecessors, and
/// take-overs and delegations link a county item to the city item it was taken from.
/// </summary>
public sealed record ItemLineage(
    IReadOnlyList<LinkedItem> Successors,
    LinkedItem? Source,
    IReadOnlyList<LinkedItem> CountyItems)
{
    public static ItemLineage None { get; } = new([], null, []);

    /// <summary>The change that retired the item into <see cref="Successors"/>: a merge or a split; null when none did.</summary>
    public ChangeKind? RetiredBy { get; init; }

    /// <summary>The items a merge or split retired into this one.</summary>
    public IReadOnlyList<LinkedItem> Predecessors { get; init; } = [];

    /// <summary>The change that created this item from <see cref="Predecessors"/>; null when none did.</summary>
    public ChangeKind? CreatedBy { get; init; }
}
