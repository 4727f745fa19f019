using CsvHelper.Configuration.Attributes;
using MiniExcelLibs.Attributes;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Export;

namespace Zhengwu.Infrastructure.PowerList.BackOffice;

/// <summary>One row of a department's item export. Text cells are escaped against formula injection.</summary>
internal sealed class DepartmentItemExportRow
{
    [Name("事项编码")]
    [ExcelColumnName("事项编码")]
    public string Code { get; init; } = "";

    [Name("事项名称")]
    [ExcelColumnName("事项名称")]
    public string? Name { get; init; }

    [Name("权力类型")]
    [ExcelColumnName("权力类型")]
    public string Type { get; init; } = "";

    [Name("状态")]
    [ExcelColumnName("状态")]
    public string Status { get; init; } = "";

    [Name("公开属性")]
    [ExcelColumnName("公开属性")]
    public string Disclosure { get; init; } = "";

    [Name("实施机关")]
    [ExcelColumnName("实施机关")]
    public string? Agencies { get; init; }

    [Name("设定依据")]
    [ExcelColumnName("设定依据")]
    public string? LegalBasis { get; init; }

    [Name("法定办结时限")]
    [ExcelColumnName("法定办结时限")]
    public string? StatutoryTimeLimit { get; init; }

    [Name("承诺办结时限")]
    [ExcelColumnName("承诺办结时限")]
    public string? PromisedTimeLimit { get; init; }

    [Name("要素待完善")]
    [ExcelColumnName("要素待完善")]
    public string? Missing { get; init; }

    public static DepartmentItemExportRow From(PowerItem item) => new()
    {
        Code = item.Code,
        Name = SpreadsheetCells.Escape(item.Name),
        Type = item.Type.ChineseName(),
        Status = item.Status.ChineseName(),
        Disclosure = item.IsClassified ? "涉密，不公开" : "公开",
        Agencies = SpreadsheetCells.Escape(item.AgencyText ?? string.Join("；", item.Agencies.Select(agency => agency.Name))),
        LegalBasis = SpreadsheetCells.Escape(item.LegalBasisText),
        StatutoryTimeLimit = SpreadsheetCells.Escape(item.StatutoryTimeLimit?.Text),
        PromisedTimeLimit = SpreadsheetCells.Escape(item.PromisedTimeLimit?.Text),
        Missing = string.Join("、", item.MissingElements()),
    };
}
