using System.Globalization;
using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Infrastructure.PowerList.Versions;

/// <summary>
/// One published change as the public change log and feed list it: a version of a power item, or of a department's
/// duty list, which has no item code.
/// </summary>
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
    string RegionCode,
    ChangeSubject Subject = ChangeSubject.PowerItem)
{
    /// <summary>The public page that shows this version and its difference from the one before.</summary>
    public string HistoryPath => Subject == ChangeSubject.DutyList
        ? $"/duty-list/departments/{DepartmentId.ToString(CultureInfo.InvariantCulture)}?to={Number.ToString(CultureInfo.InvariantCulture)}"
        : $"/power-items/{ItemCode}/history?to={Number.ToString(CultureInfo.InvariantCulture)}";
}
