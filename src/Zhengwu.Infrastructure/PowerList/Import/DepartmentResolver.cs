using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList.Parsing;
using Zhengwu.Infrastructure.Import;
using C = Zhengwu.Infrastructure.PowerList.Import.PowerItemColumns;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>
/// Finds the registry department of a row: by the 主管部门 cell (or the first implementing agency when it is
/// blank), through the mapping file when it names the source, by full name and then by short name.
/// </summary>
internal sealed class DepartmentResolver(IReadOnlyList<Department> departments, DepartmentMapping mapping)
{
    public Department? Resolve(TabularRow row, ImportReport report)
    {
        var column = row.Get(C.Department) is null ? C.Agency : C.Department;
        var source = SourceName(row);
        if (source is null)
        {
            report.Error(row.Number, C.Department, null, "主管部门和实施机关都为空：无法确定事项所属部门。");

            return null;
        }

        var regionCode = row.Get(C.RegionCode);
        var mapped = mapping.Find(row.Get(C.SourceList), source);
        var department = Find(mapped?.Name ?? source, mapped?.RegionCode ?? regionCode);
        if (department is null)
        {
            var target = mapped is null ? "" : $"（映射为“{mapped.Value.Name}”）";
            report.Error(
                row.Number,
                column,
                source,
                $"未知部门{target}：请先用 import departments 导入该部门，或用 --department-map 提供部门映射文件。");
        }

        return department;
    }

    private static string? SourceName(TabularRow row)
    {
        var department = row.Get(C.Department);
        if (department is not null)
        {
            return TextNormalizer.StripFootnoteMarks(TextNormalizer.Normalize(department));
        }

        var agency = row.Get(C.Agency);

        if (agency is null)
        {
            return null;
        }

        var agencies = AgencyParser.Parse(agency);

        return agencies.Count > 0 ? agencies[0].Name : null;
    }

    private Department? Find(string name, string? regionCode)
    {
        var candidates = departments
            .Where(department => regionCode is null || department.RegionCode == regionCode)
            .ToList();

        return Single(candidates.Where(department => department.Name == name))
            ?? Single(candidates.Where(department => department.ShortName == name));
    }

    private static Department? Single(IEnumerable<Department> matches)
    {
        var list = matches.Take(2).ToList();

        return list.Count == 1 ? list[0] : null;
    }
}
