using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Persistence;
using C = Zhengwu.Infrastructure.PowerList.Import.PowerItemColumns;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>
/// Imports a power list in the columns governments publish, or the full element set of items already in
/// the registry. Every row is validated first and the file is written in one transaction or not at all.
/// Items are matched by item code when the file gives one, otherwise by department and name, so
/// re-importing a file changes nothing and a changed row keeps its item's code.
/// </summary>
public sealed class PowerItemImporter(ZhengwuDbContext db, TimeProvider clock, LawLibrary laws)
{
    public async Task<ImportReport> ImportAsync(
        string path,
        DepartmentMapping? mapping = null,
        CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var sheet = TabularFile.Read(path, C.Aliases);
        if (!CheckLayout(sheet, report))
        {
            return report;
        }

        var departments = await db.Departments.ToListAsync(cancellationToken);
        var items = await db.PowerItems.Include(item => item.ResponsibilityItems).ToListAsync(cancellationToken);
        var isElementSheet = IsElementSheet(sheet);
        var resolver = isElementSheet ? null : new DepartmentResolver(departments, mapping ?? DepartmentMapping.Empty);
        var reader = new PowerItemRowReader(sheet, report, laws);
        var rows = sheet.Rows
            .Where(row => !row.IsBlank)
            .Select(row => reader.Read(row, resolver))
            .OfType<PowerItemRow>()
            .ToList();
        if (sheet.Rows.All(row => row.IsBlank))
        {
            report.Error(0, "", null, "文件没有数据行：表头之后至少需要一行事项。");
        }

        var matcher = new PowerItemMatcher(items, departments, report);
        var plan = isElementSheet ? matcher.MatchElementRows(rows) : matcher.MatchListRows(rows);
        if (!report.Succeeded)
        {
            return report;
        }

        await WriteAsync(plan, isElementSheet, departments, report, cancellationToken);

        return report;
    }

    /// <summary>A sheet without 主管部门 and 权力类型 carries elements of items the registry already holds.</summary>
    private static bool IsElementSheet(TabularFile sheet) =>
        !sheet.Has(C.Department) && !sheet.Has(C.Type) && !sheet.Has(C.SourceList);

    private static bool CheckLayout(TabularFile sheet, ImportReport report)
    {
        if (!sheet.Has(C.Name))
        {
            report.Error(1, C.Name, null, $"缺少必需的列“{C.Name}”。权力清单的表头应为：序号、主管部门、事项名称、权力类型、实施机关、设定和实施依据、备注。");
        }

        if (sheet.Has(C.Name) && !IsElementSheet(sheet) && !sheet.Has(C.Department) && !sheet.Has(C.Agency))
        {
            report.Error(1, C.Department, null, $"缺少必需的列“{C.Department}”或“{C.Agency}”：无法确定事项所属部门。");
        }

        return report.Succeeded;
    }

    private async Task WriteAsync(
        List<(PowerItemRow Row, PowerItem? Item)> plan,
        bool isElementSheet,
        List<Department> departments,
        ImportReport report,
        CancellationToken cancellationToken)
    {
        // TODO: importing 100,000 new rows took 345 s on a loaded 2-core machine against a 60 s target (bench/run,
        // bench/RESULTS.md). Which step takes the time (item inserts, SearchText updates or bigram rows) is not
        // yet profiled.
        // An import inside a caller's transaction (the sample data loader's) commits with it.
        var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (transaction)
        {
            var changed = await ApplyAsync(plan, isElementSheet, report, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await PowerItemSearchText.UpdateAsync(db, changed, departments, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
    }

    private async Task<List<PowerItem>> ApplyAsync(
        List<(PowerItemRow Row, PowerItem? Item)> plan,
        bool isElementSheet,
        ImportReport report,
        CancellationToken cancellationToken)
    {
        var counters = await db.ItemCodeCounters.ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var changed = new List<PowerItem>();
        foreach (var (row, existing) in plan)
        {
            var item = existing ?? Create(row, counters, now);
            var hash = row.Hash();
            var previous = isElementSheet ? item.ElementsHash : item.ContentHash;
            if (existing is not null && previous == hash)
            {
                report.Unchanged++;
                continue;
            }

            row.ApplyTo(item);
            SetHash(item, hash, isElementSheet);
            item.UpdatedAt = now;
            changed.Add(item);
            CountChange(report, existing, row, item);
        }

        return changed;
    }

    private static void CountChange(ImportReport report, PowerItem? existing, PowerItemRow row, PowerItem item)
    {
        if (existing is null)
        {
            report.Created++;
        }
        else
        {
            report.Updated++;
        }

        if (item.IsIncomplete)
        {
            report.Warn(row.Number, "", item.Name, $"要素不完整，已发布并标注：缺少{string.Join("、", item.MissingElements())}。");
        }
    }

    private static void SetHash(PowerItem item, string hash, bool isElementSheet)
    {
        if (isElementSheet)
        {
            item.ElementsHash = hash;
        }
        else
        {
            item.ContentHash = hash;
        }
    }

    private PowerItem Create(PowerItemRow row, List<ItemCodeCounter> counters, DateTimeOffset now)
    {
        var department = row.Department!;
        var type = row.Type!.Value;
        var counter = counters.FirstOrDefault(counter =>
            counter.RegionCode == department.RegionCode && counter.Type == type);
        if (counter is null)
        {
            counter = new ItemCodeCounter(department.RegionCode, type);
            counters.Add(counter);
            db.ItemCodeCounters.Add(counter);
        }

        var item = new PowerItem(counter.Issue(), row.Name, type, department.Id, department.RegionCode)
        {
            CreatedAt = now,
        };
        db.PowerItems.Add(item);

        return item;
    }
}
