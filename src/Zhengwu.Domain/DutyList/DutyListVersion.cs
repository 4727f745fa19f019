using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Versions;

namespace Zhengwu.Domain.DutyList;

/// <summary>
/// One published state of a department's duty list, never changed after it is written: its rows, the change request
/// that produced it and who approved and published it.
/// </summary>
public sealed class DutyListVersion
{
    public DutyListVersion(int departmentId, int number, IReadOnlyList<SnapshotField> fields)
    {
        DepartmentId = departmentId;
        Number = number;
        Fields = [.. fields];
        Hash = DutyListSnapshot.Hash(departmentId, number, fields);
    }

    private DutyListVersion()
    {
        Hash = "";
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    /// <summary>The version's number within its department's duty list, from 1.</summary>
    public int Number { get; private set; }

    public List<SnapshotField> Fields { get; private set; } = [];

    /// <summary>The SHA-256 of <see cref="Fields"/> as <see cref="DutyListSnapshot.Hash"/> computes it.</summary>
    public string Hash { get; private set; }

    public int ChangeRequestId { get; init; }

    public ChangeKind Kind { get; init; }

    public ChangeReason Reason { get; init; }

    public string? Explanation { get; init; }

    /// <summary>The review office that approved the change.</summary>
    public required string ApprovedBy { get; init; }

    public required string PublishedByName { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>Returns whether the stored rows still produce the stored hash.</summary>
    public bool IsIntact() => DutyListSnapshot.Hash(DepartmentId, Number, Fields) == Hash;
}
