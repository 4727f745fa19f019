using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.PowerList.Versions;

/// <summary>
/// One published state of an item, never changed after it is written: its elements, the change that produced it and
/// who approved and published it.
/// </summary>
public sealed class PowerItemVersion
{
    public PowerItemVersion(int powerItemId, string itemCode, int number, IReadOnlyList<SnapshotField> fields)
    {
        PowerItemId = powerItemId;
        ItemCode = itemCode;
        Number = number;
        Fields = [.. fields];
        Hash = PowerItemSnapshot.Hash(itemCode, number, fields);
    }

    private PowerItemVersion()
    {
        ItemCode = "";
        Hash = "";
    }

    public int Id { get; private set; }

    public int PowerItemId { get; private set; }

    public string ItemCode { get; private set; }

    /// <summary>The version's number within its item, from 1.</summary>
    public int Number { get; private set; }

    public List<SnapshotField> Fields { get; private set; } = [];

    /// <summary>The SHA-256 of <see cref="Fields"/> as <see cref="PowerItemSnapshot.Hash"/> computes it.</summary>
    public string Hash { get; private set; }

    /// <summary>The change request that produced the version; null for a version recorded by an import.</summary>
    public int? ChangeRequestId { get; init; }

    public ChangeKind? Kind { get; init; }

    public ChangeReason? Reason { get; init; }

    public string? Explanation { get; init; }

    /// <summary>The office that approved the change, e.g. 兰州市人民政府审改办, or 清单导入 for an import.</summary>
    public required string ApprovedBy { get; init; }

    public GovernmentDecision? GovernmentDecision { get; init; }

    public required string PublishedByName { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>Returns whether the stored fields still produce the stored hash.</summary>
    public bool IsIntact() => PowerItemSnapshot.Hash(ItemCode, Number, Fields) == Hash;
}
