using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Import;
using C = Zhengwu.Infrastructure.PowerList.Import.PowerItemColumns;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>Pairs each imported row with the registry item it creates or updates, and finds duplicate rows.</summary>
internal sealed class PowerItemMatcher(List<PowerItem> items, List<Department> departments, ImportReport report)
{
    private readonly Dictionary<string, PowerItem> _byCode =
        items.ToDictionary(item => item.Code, StringComparer.Ordinal);
    private readonly Dictionary<(int, string), PowerItem> _byDepartmentAndName = items
        .GroupBy(item => (item.DepartmentId, item.Name))
        .ToDictionary(group => group.Key, group => group.First());
    private readonly ILookup<string, PowerItem> _byName = items.ToLookup(item => item.Name, StringComparer.Ordinal);

    public List<(PowerItemRow Row, PowerItem? Item)> MatchListRows(List<PowerItemRow> rows)
    {
        var plan = new List<(PowerItemRow, PowerItem?)>();
        var seen = new Dictionary<(int, string), int>();
        foreach (var row in rows)
        {
            var key = (row.Department!.Id, row.Name);
            if (seen.TryGetValue(key, out var first))
            {
                report.Error(row.Number, C.Name, row.Name, $"与第{first}行重复：同一部门的事项名称必须唯一。");
                continue;
            }

            seen[key] = row.Number;
            var item = row.Code is null
                ? _byDepartmentAndName.GetValueOrDefault(key)
                : FindByCode(row);
            plan.Add((row, item));
        }

        return plan;
    }

    public List<(PowerItemRow Row, PowerItem? Item)> MatchElementRows(List<PowerItemRow> rows)
    {
        var plan = new List<(PowerItemRow, PowerItem?)>();
        var seen = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            var item = row.Code is null ? FindByNameAndAgency(row) : FindByCode(row);
            if (item is null)
            {
                continue;
            }

            if (seen.TryGetValue(item.Id, out var first))
            {
                report.Error(row.Number, C.Name, row.Name, $"与第{first}行指向同一事项 {item.Code}。");
                continue;
            }

            seen[item.Id] = row.Number;
            plan.Add((row, item));
        }

        return plan;
    }

    private PowerItem? FindByCode(PowerItemRow row)
    {
        var item = _byCode.GetValueOrDefault(row.Code!);
        if (item is null)
        {
            report.Error(row.Number, C.Code, row.Code, "事项库中没有这个事项编码：编码由系统赋予，新事项请留空。");
        }
        else if (row.Department is not null && item.DepartmentId != row.Department.Id)
        {
            report.Error(row.Number, C.Code, row.Code, $"该编码属于另一部门的事项“{item.Name}”。");

            return null;
        }

        return item;
    }

    private PowerItem? FindByNameAndAgency(PowerItemRow row)
    {
        var agency = row.Source.GetValueOrDefault(C.Agency);
        var named = _byName[row.Name].ToList();
        var matches = agency is null ? named : named.Where(item => ActsAs(item, agency)).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        var reason = matches.Count == 0
            ? "事项库中没有该部门的这个事项：请先导入权力清单，或填写事项编码。"
            : $"有{matches.Count}个同名事项：请填写事项编码以区分。";
        report.Error(row.Number, C.Name, row.Name, reason);

        return null;
    }

    private bool ActsAs(PowerItem item, string agency) =>
        item.AgencyText == agency
        || item.Agencies.Any(candidate => candidate.Name == agency)
        || departments.Any(department => department.Id == item.DepartmentId && department.Name == agency);
}
