namespace Zhengwu.Domain.Approvals;

/// <summary>
/// A co-handling department of a joint item (并联审批事项). The item's implementing department leads; each
/// co-handling department handles its own part of every case filed against the item.
/// </summary>
public sealed class JointItemDepartment
{
    public int Id { get; private set; }

    public int PowerItemId { get; init; }

    public int DepartmentId { get; init; }
}
