using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList.BackOffice;

/// <summary>One item of a department as the back office lists it, public or not, with its open draft if any.</summary>
public sealed record DepartmentItemRow(
    string Code,
    string Name,
    PowerType Type,
    PowerItemStatus Status,
    bool IsClassified,
    bool IsIncomplete,
    int? DraftId);
