using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
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
public sealed class PowerItemImporter(
    ZhengwuDbContext db,
    TimeProvider clock,
    LawLibrary laws,
    ILogger<PowerItemImporter> logger)
{
    /// <summary>
    /// Rows written per save. Larger batches need fewer round trips and smaller ones keep the change tracker
    /// small. The whole file still commits in one transaction.
    /// </summary>
    public int BatchSize { get; init; } = 2_000;

    /// <summary>
    /// Whether new items are written by a bulk insert (COPY on PostgreSQL, a prepared INSERT on SQLite) or saved
    /// through EF Core like changed items. Both write the same rows. The EF Core path is the reference that the tests
    /// compare the bulk insert against.
    /// </summary>
    public bool BulkInsert { get; init; } = true;

    public async Task<ImportReport> ImportAsync(
        string path,
        DepartmentMapping? mapping = null,
        CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var stopwatch = Stopwatch.StartNew();
        var sheet = TabularFile.Read(path, C.Aliases);
        LogStep("read file", sheet.Rows.Count, stopwatch);
        if (!CheckLayout(sheet, report))
        {
            return report;
        }

        var departments = await db.Departments.ToListAsync(cancellationToken);
        var items = await db.PowerItems
            .AsNoTracking()
            .Include(item => item.ResponsibilityItems)
            .ToListAsync(cancellationToken);
        LogStep("load registry", items.Count, stopwatch);
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

        LogStep("validate rows", rows.Count, stopwatch);
        var matcher = new PowerItemMatcher(items, departments, report);
        var plan = isElementSheet ? matcher.MatchElementRows(rows) : matcher.MatchListRows(rows);
        LogStep("match rows", plan.Count, stopwatch);
        if (!report.Succeeded)
        {
            return report;
        }

        await WriteAsync(plan, isElementSheet, departments, report, stopwatch, cancellationToken);

        return report;
    }

    private void LogStep(string step, int rowCount, Stopwatch stopwatch)
    {
        PowerItemImportLogMessages.StepTimed(logger, step, stopwatch.ElapsedMilliseconds, rowCount);
        stopwatch.Restart();
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
        Stopwatch stopwatch,
        CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException(
                "The power item import clears the change tracker between batches, so save pending changes before it runs.");
        }

        // An import inside a caller's transaction (the sample data loader's) commits with it.
        var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (transaction)
        {
            var writer = new PowerItemBatchWriter(
                db,
                departments,
                report,
                isElementSheet,
                clock.GetUtcNow(),
                BulkInsert,
                logger);
            var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await writer.WriteAsync(plan, BatchSize, cancellationToken);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
            }

            LogStep("write batches", plan.Count, stopwatch);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            LogStep("commit", plan.Count, stopwatch);
        }
    }
}
