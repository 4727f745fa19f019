using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Infrastructure.PowerList.Versions;

/// <summary>One published change as the public change log and feed list it.</summary>
public sealed record PublishedChange(
    int VersionId,
    string ItemCode,
    string ItemName,
    int Number,
    ChangeKind Kind,
    ChangeReason? Reason,
    string ApprovedBy,
    DateTimeOffset PublishedAt,
    int DepartmentId,
    string DepartmentName,
    string RegionCode);
