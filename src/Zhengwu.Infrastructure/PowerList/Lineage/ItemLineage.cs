namespace Zhengwu.Infrastructure.PowerList.Lineage;

/// <summary>
/// Where an item came from and where it went: the items that succeeded it after a merge, the city item a county item
/// was taken from, and the county items taken from a city item.
/// </summary>
public sealed record ItemLineage(
    IReadOnlyList<LinkedItem> Successors,
    LinkedItem? Source,
    IReadOnlyList<LinkedItem> CountyItems)
{
    public static ItemLineage None { get; } = new([], null, []);
}
