using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>
/// Writes the rows of a validated import plan in batches. New items of a batch are written by a bulk insert with
/// their search text set beforehand. Changed items are saved through EF Core, indexed for search and then detached,
/// so that every save scans the tracked entries of one batch rather than every item of the file.
/// </summary>
/// <remarks>
/// Existing items in the plan come from a no-tracking query and are attached just before a row changes them.
/// The caller owns the transaction that makes the batches one write.
/// </remarks>
internal sealed class PowerItemBatchWriter(
    ZhengwuDbContext db,
    IReadOnlyList<Department> departments,
    ImportReport report,
    bool isElementSheet,
    DateTimeOffset now,
    bool bulkInsert,
    ILogger logger)
{
    private readonly Dictionary<int, string> _departmentNames =
        departments.ToDictionary(department => department.Id, department => department.Name);

    private List<ItemCodeCounter> _counters = [];

    public async Task WriteAsync(
        List<(PowerItemRow Row, PowerItem? Item)> plan,
        int batchSize,
        CancellationToken cancellationToken)
    {
        _counters = await db.ItemCodeCounters.ToListAsync(cancellationToken);
        await using var inserter = PowerItemBulkInserter.Create(db);
        var batchNumber = 0;
        foreach (var batch in plan.Chunk(batchSize))
        {
            var stopwatch = Stopwatch.StartNew();
            var (created, updated) = await ApplyAsync(batch, cancellationToken);
            var saved = await SaveAsync(inserter, created, updated, cancellationToken);
            var saveMilliseconds = stopwatch.ElapsedMilliseconds;
            await PowerItemSearchText.UpdateAsync(db, saved, departments, cancellationToken);

            db.ChangeTracker.Clear();
            db.ItemCodeCounters.AttachRange(_counters);
            PowerItemImportLogMessages.BatchWritten(
                logger,
                ++batchNumber,
                created.Count + updated.Count,
                saveMilliseconds,
                stopwatch.ElapsedMilliseconds - saveMilliseconds);
        }
    }

    /// <summary>
    /// Writes the batch's new and changed items and returns those that EF Core saved, whose search text is still to
    /// be set.
    /// </summary>
    private async Task<List<PowerItem>> SaveAsync(
        PowerItemBulkInserter inserter,
        List<PowerItem> created,
        List<PowerItem> updated,
        CancellationToken cancellationToken)
    {
        if (bulkInsert)
        {
            await InsertAsync(inserter, created, cancellationToken);
        }
        else
        {
            db.PowerItems.AddRange(created);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);

        return bulkInsert ? updated : [.. updated, .. created];
    }

    /// <summary>
    /// Sets the search text of new items, as <see cref="PowerItemSearchText"/> does after a save, and inserts them.
    /// The insert bypasses the interceptor that raises the content version, so this raises it once per batch.
    /// </summary>
    private async Task InsertAsync(
        PowerItemBulkInserter inserter,
        List<PowerItem> created,
        CancellationToken cancellationToken)
    {
        if (created.Count == 0)
        {
            return;
        }

        foreach (var item in created)
        {
            var departmentName = _departmentNames.GetValueOrDefault(item.DepartmentId, "");
            item.SearchText = PowerItemSearchDocument.TextOf(item, departmentName);
        }

        await inserter.InsertAsync(created, cancellationToken);
        await ContentVersionInterceptor.RaiseAsync(db, now, cancellationToken);
    }

    private async Task<(List<PowerItem> Created, List<PowerItem> Updated)> ApplyAsync(
        (PowerItemRow Row, PowerItem? Item)[] batch,
        CancellationToken cancellationToken)
    {
        var rows = batch
            .Select(entry => (entry.Row, Existing: entry.Item, Hash: entry.Row.Hash()))
            .Where(entry => entry.Existing is null || PreviousHash(entry.Existing) != entry.Hash)
            .ToList();
        report.Unchanged += batch.Length - rows.Count;
        var tracked = await TrackAsync(rows.Select(entry => entry.Existing).OfType<PowerItem>(), cancellationToken);
        var created = new List<PowerItem>();
        var updated = new List<PowerItem>();
        foreach (var (row, existing, hash) in rows)
        {
            var item = existing is null ? Create(row) : tracked[existing.Id];
            row.ApplyTo(item);
            SetHash(item, hash);
            item.UpdatedAt = now;
            (existing is null ? created : updated).Add(item);
            CountChange(existing, row, item);
        }

        return (created, updated);
    }

    private string PreviousHash(PowerItem item) => isElementSheet ? item.ElementsHash : item.ContentHash;

    /// <summary>
    /// Loads tracked copies of the items a batch changes. The plan's copies come from a no-tracking query, and EF
    /// Core cannot attach those because their owned JSON collections lose their ordinal keys without tracking.
    /// </summary>
    private async Task<Dictionary<int, PowerItem>> TrackAsync(
        IEnumerable<PowerItem> items,
        CancellationToken cancellationToken)
    {
        var ids = items.Select(item => item.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.PowerItems
            .Include(item => item.ResponsibilityItems)
            .Where(item => ids.Contains(item.Id))
            .ToDictionaryAsync(item => item.Id, cancellationToken);
    }

    private void CountChange(PowerItem? existing, PowerItemRow row, PowerItem item)
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

    private void SetHash(PowerItem item, string hash)
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

    private PowerItem Create(PowerItemRow row)
    {
        var department = row.Department!;
        var type = row.Type!.Value;
        var counter = _counters.FirstOrDefault(counter =>
            counter.RegionCode == department.RegionCode && counter.Type == type);
        if (counter is null)
        {
            counter = new ItemCodeCounter(department.RegionCode, type);
            _counters.Add(counter);
            db.ItemCodeCounters.Add(counter);
        }

        return new PowerItem(counter.Issue(), row.Name, type, department.Id, department.RegionCode)
        {
            CreatedAt = now,
        };
    }
}
