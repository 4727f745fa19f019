using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.PowerList.Lineage;

/// <summary>
/// A link from an item that a merge or split retired to an item that replaced it. The retired item stays stored
/// with status cancelled, so its code keeps leading to the successor and is never issued again.
/// </summary>
public sealed class PowerItemSuccession
{
    public PowerItemSuccession(int predecessorItemId, int successorItemId, int changeRequestId, ChangeKind kind)
    {
        if (kind is not (ChangeKind.Merge or ChangeKind.Split))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only a merge or a split retires an item into a successor.");
        }

        if (predecessorItemId == successorItemId)
        {
            throw new ArgumentException("An item cannot succeed itself.", nameof(successorItemId));
        }

        PredecessorItemId = predecessorItemId;
        SuccessorItemId = successorItemId;
        ChangeRequestId = changeRequestId;
        Kind = kind;
    }

    public int Id { get; private set; }

    public int PredecessorItemId { get; private set; }

    public int SuccessorItemId { get; private set; }

    /// <summary>The published change request that retired the predecessor.</summary>
    public int ChangeRequestId { get; private set; }

    public ChangeKind Kind { get; private set; }
}
