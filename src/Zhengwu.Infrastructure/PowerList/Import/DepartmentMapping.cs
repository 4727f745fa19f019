using Zhengwu.Infrastructure.Import;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>
/// Maps the department names a source list uses (e.g. 区发改经信局) to departments of the registry.
/// A mapping row may be limited to one source list; a row without one applies to every list.
/// </summary>
public sealed class DepartmentMapping
{
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.Ordinal)
    {
        ["来源清单"] = "source_list",
        ["原部门名称"] = "source_department",
        ["部门名称"] = "department_name",
        ["区划代码"] = "region_code",
    };

    private static readonly string[] s_requiredColumns = ["source_department", "department_name"];

    private readonly List<Entry> _entries = [];

    public static DepartmentMapping Empty { get; } = new();

    /// <summary>Reads a mapping sheet: source_department, department_name, optional source_list and region_code.</summary>
    public static DepartmentMapping Read(string path, ImportReport report)
    {
        var mapping = new DepartmentMapping();
        var sheet = TabularFile.Read(path, s_aliases);
        foreach (var column in s_requiredColumns.Where(column => !sheet.Has(column)))
        {
            report.Error(
                1,
                column,
                null,
                $"部门映射文件缺少列“{column}”：应有 source_department、department_name，可选 source_list、region_code。");
        }

        foreach (var row in sheet.Rows.Where(row => !row.IsBlank && report.Succeeded))
        {
            var source = row.Get("source_department");
            var target = row.Get("department_name");
            if (source is null || target is null)
            {
                var column = source is null ? "source_department" : "department_name";
                report.Error(row.Number, column, null, "部门映射文件中原部门名称和部门名称都不能为空。");
                continue;
            }

            mapping._entries.Add(new Entry(row.Get("source_list"), source, target, row.Get("region_code")));
        }

        return mapping;
    }

    /// <summary>Returns the registry department name and optional region code for a source name.</summary>
    public (string Name, string? RegionCode)? Find(string? sourceList, string sourceDepartment)
    {
        var entry = _entries.FirstOrDefault(entry => entry.SourceList == sourceList && entry.Source == sourceDepartment)
            ?? _entries.FirstOrDefault(entry => entry.SourceList is null && entry.Source == sourceDepartment);

        return entry is null ? null : (entry.Target, entry.RegionCode);
    }

    private sealed record Entry(string? SourceList, string Source, string Target, string? RegionCode);
}
