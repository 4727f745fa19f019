using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Lineage;

namespace Zhengwu.Web.Api.PowerList;

/// <summary>A power item in a list of the read API.</summary>
public sealed record PowerItemListEntry(
    string Code,
    string Name,
    string Type,
    string TypeName,
    string Status,
    bool Incomplete,
    int DepartmentId,
    string DepartmentName,
    string RegionCode,
    string RegionName)
{
    public static PowerItemListEntry From(PowerItemSummary item) => new(
        item.Code,
        item.Name,
        item.Type.ToString(),
        item.Type.ChineseName(),
        item.Status.ToString(),
        item.IsIncomplete,
        item.DepartmentId,
        item.DepartmentName,
        item.RegionCode,
        item.RegionName);
}

/// <summary>One page of power items with the total count of matches.</summary>
public sealed record PowerItemPage(int Total, int Page, int PageSize, IReadOnlyList<PowerItemListEntry> Items);

/// <summary>
/// Every published element of a power item, with its lineage. The lineage is the codes of the items that replaced it
/// after a merge (empty unless it was merged away), the city item it was taken from and the county items taken from it.
/// </summary>
public sealed record PowerItemDto(
    string Code,
    string? NationalCode,
    string Name,
    string Type,
    string TypeName,
    string Status,
    bool Incomplete,
    IReadOnlyList<string> MissingElements,
    int DepartmentId,
    string DepartmentName,
    string RegionCode,
    string RegionName,
    IReadOnlyList<ImplementingAgency> Agencies,
    string? AgencyText,
    string? HandlingDivision,
    string? ExerciseLevel,
    string? ServiceObject,
    IReadOnlyList<LegalBasis> LegalBases,
    string? LegalBasisText,
    TimeLimit? StatutoryTimeLimit,
    TimeLimit? PromisedTimeLimit,
    Fee? Fee,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> AcceptanceConditions,
    IReadOnlyList<string> ProcedureSteps,
    string? SupervisionChannel,
    string? SupervisionPhone,
    string? OfficeAddress,
    string? OfficeHours,
    IReadOnlyList<FaqEntry> Faqs,
    IReadOnlyList<ResponsibilityDto> ResponsibilityItems,
    string? Remarks,
    string? Explanation,
    IReadOnlyList<string> Successors,
    string? SourceItemCode,
    IReadOnlyList<string> CountyItemCodes)
{
    public static PowerItemDto From(PowerItemDetails details, ItemLineage lineage)
    {
        var item = details.Item;
        var responsibilities = item.ResponsibilityItems
            .OrderBy(responsibility => responsibility.SortOrder)
            .Select(responsibility => new ResponsibilityDto(responsibility.Name, responsibility.Content))
            .ToList();

        return new PowerItemDto(
            item.Code,
            item.NationalCode,
            item.Name,
            item.Type.ToString(),
            item.Type.ChineseName(),
            item.Status.ToString(),
            item.IsIncomplete,
            item.MissingElements(),
            details.Department.Id,
            details.Department.Name,
            details.Region.Code,
            details.Region.Name,
            item.Agencies,
            item.AgencyText,
            item.HandlingDivision,
            item.ExerciseLevel,
            item.ServiceObject,
            item.LegalBases,
            item.LegalBasisText,
            item.StatutoryTimeLimit,
            item.PromisedTimeLimit,
            item.Fee,
            item.Materials,
            item.AcceptanceConditions,
            item.ProcedureSteps,
            item.SupervisionChannel,
            item.SupervisionPhone,
            item.OfficeAddress,
            item.OfficeHours,
            item.Faqs,
            responsibilities,
            item.Remarks,
            item.Explanation,
            [.. lineage.Successors.Select(successor => successor.Code)],
            lineage.Source?.Code,
            [.. lineage.CountyItems.Select(county => county.Code)]);
    }
}

/// <summary>A responsibility item of a power item.</summary>
public sealed record ResponsibilityDto(string Name, string Content);
