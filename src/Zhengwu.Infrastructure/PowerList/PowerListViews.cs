using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList;

/// <summary>A region with the number of public items its departments publish.</summary>
public sealed record RegionSummary(string Code, string Name, RegionLevel Level, int ItemCount);

/// <summary>A region as a filter choice: its code and name, without item counts.</summary>
public sealed record RegionChoice(string Code, string Name);

/// <summary>A department with the number of public items it publishes.</summary>
public sealed record DepartmentSummary(int Id, string RegionCode, string Name, string ShortName, int ItemCount);

/// <summary>The count of one power type's public items in a department or region.</summary>
public sealed record PowerTypeCount(PowerType Type, int Count);

/// <summary>One line of an item list.</summary>
public sealed record PowerItemSummary(
    string Code,
    string Name,
    PowerType Type,
    PowerItemStatus Status,
    bool IsIncomplete,
    int DepartmentId,
    string DepartmentName,
    string RegionCode,
    string RegionName);

/// <summary>
/// An item with its department and region, for the item page and the API. The two summaries come from the lists
/// kept per content version, so their item counts are zero or the region's count. The pages do not show them.
/// </summary>
public sealed record PowerItemDetails(PowerItem Item, DepartmentSummary Department, RegionSummary Region);
