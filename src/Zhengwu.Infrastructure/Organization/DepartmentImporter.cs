using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Organization;

/// <summary>
/// Imports regions and departments. Regions may come from their own sheet or from the department sheet;
/// every region code must be a GB/T 2260 code. Existing departments are matched by region and full name.
/// </summary>
public sealed class DepartmentImporter(ZhengwuDbContext db)
{
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.Ordinal)
    {
        ["区划代码"] = "region_code",
        ["行政区划代码"] = "region_code",
        ["区划名称"] = "region_name",
        ["地区"] = "region_name",
        ["部门名称"] = "department_name",
        ["部门"] = "department_name",
        ["简称"] = "short_name",
        ["类型"] = "kind",
        ["备注"] = "note",
        ["层级"] = "level",
        ["上级区划代码"] = "parent_code",
    };

    public async Task<ImportReport> ImportAsync(string path, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var sheet = TabularFile.Read(path, s_aliases);
        if (!RequireColumns(sheet, report, "region_code", "region_name", "department_name"))
        {
            return report;
        }

        var regions = await db.Regions.ToDictionaryAsync(region => region.Code, cancellationToken);
        var departments = await db.Departments.ToListAsync(cancellationToken);
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in sheet.Rows.Where(row => !row.IsBlank))
        {
            ImportRow(row, regions, departments, seen, report);
        }

        if (report.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return report;
    }

    /// <summary>Imports a sheet of regions with region_code and region_name, and optionally parent_code.</summary>
    public async Task<ImportReport> ImportRegionsAsync(string path, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var sheet = TabularFile.Read(path, s_aliases);
        if (!RequireColumns(sheet, report, "region_code", "region_name"))
        {
            return report;
        }

        var regions = await db.Regions.ToDictionaryAsync(region => region.Code, cancellationToken);
        foreach (var row in sheet.Rows.Where(row => !row.IsBlank))
        {
            var known = regions.ContainsKey(row.Get("region_code") ?? "");
            if (EnsureRegion(row, regions, report) is not null && known)
            {
                report.Unchanged++;
            }
        }

        if (report.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return report;
    }

    internal static bool RequireColumns(TabularFile sheet, ImportReport report, params string[] columns)
    {
        foreach (var column in columns.Where(column => !sheet.Has(column)))
        {
            report.Error(1, column, null, $"缺少必需的列“{column}”。表头应包含：{string.Join("、", columns)}。");
        }

        return report.Succeeded;
    }

    private void ImportRow(
        TabularRow row,
        Dictionary<string, Region> regions,
        List<Department> departments,
        Dictionary<(string, string), int> seen,
        ImportReport report)
    {
        var region = EnsureRegion(row, regions, report);
        var name = row.Get("department_name");
        if (name is null)
        {
            report.Error(row.Number, "department_name", null, "部门名称不能为空。");

            return;
        }

        if (region is null)
        {
            return;
        }

        if (seen.TryGetValue((region.Code, name), out var firstRow))
        {
            report.Error(row.Number, "department_name", name, $"与第{firstRow}行重复：同一地区的部门名称必须唯一。");

            return;
        }

        seen[(region.Code, name)] = row.Number;
        var kind = ParseKind(row, report);
        var department = departments.FirstOrDefault(item => item.RegionCode == region.Code && item.Name == name);
        if (department is null)
        {
            department = new Department(region.Code, name, row.Get("short_name") ?? name, kind);
            departments.Add(department);
            db.Departments.Add(department);
            report.Created++;
            Apply(row, department, kind);

            return;
        }

        var before = (department.ShortName, department.Kind, department.Note, department.Role, department.SortOrder);
        Apply(row, department, kind);
        var after = (department.ShortName, department.Kind, department.Note, department.Role, department.SortOrder);
        if (before == after)
        {
            report.Unchanged++;
        }
        else
        {
            report.Updated++;
        }
    }

    private static void Apply(TabularRow row, Department department, DepartmentKind kind)
    {
        department.ShortName = row.Get("short_name") ?? department.ShortName;
        department.Kind = kind;
        department.Note = row.Get("note");
        department.Role = OfficeRoles.Infer(department.Name, department.ShortName);
        department.SortOrder = row.Number;
    }

    private static DepartmentKind ParseKind(TabularRow row, ImportReport report)
    {
        var kind = row.Get("kind");

        switch (kind)
        {
            case null or "department" or "部门" or "工作部门":
                return DepartmentKind.Department;
            case "office" or "机构" or "办公室":
                return DepartmentKind.Office;
            default:
                report.Error(row.Number, "kind", kind, "类型只能是 department（部门）或 office（机构）。");

                return DepartmentKind.Department;
        }
    }

    /// <summary>Returns the row's region, creating it when the registry lacks it and the row names it.</summary>
    private Region? EnsureRegion(TabularRow row, Dictionary<string, Region> regions, ImportReport report)
    {
        var code = row.Get("region_code");
        if (!RegionCode.IsValid(code))
        {
            report.Error(row.Number, "region_code", code, "行政区划代码应为6位数字（GB/T 2260），例如 620100。");

            return null;
        }

        if (regions.TryGetValue(code!, out var existing))
        {
            return existing;
        }

        var name = row.Get("region_name");
        if (name is null)
        {
            report.Error(row.Number, "region_name", null, $"区划 {code} 尚未登记，需要填写区划名称。");

            return null;
        }

        var level = RegionCode.IsCityLevel(code!) ? RegionLevel.City : RegionLevel.County;
        var parent = level == RegionLevel.City ? null : row.Get("parent_code") ?? code![..4] + "00";
        var region = new Region(code!, name, level, parent) { SortOrder = regions.Count };
        regions[code!] = region;
        db.Regions.Add(region);
        report.Created++;

        return region;
    }
}
