using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Organization;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Import;

namespace Zhengwu.Web.Hosting;

/// <summary>
/// Loads the bundled sample data set into an empty database through the importers, in one transaction so
/// that a failed start leaves the database empty and the next start tries again.
/// </summary>
internal sealed partial class SampleDataLoader(
    ZhengwuDbContext db,
    DepartmentImporter departments,
    PowerItemImporter powerItems,
    TimeProvider clock,
    IOptions<ZhengwuOptions> options,
    ILogger<SampleDataLoader> logger)
{
    public const string MarkerName = "lanzhou-sample";

    public async Task LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadSampleData || await db.Regions.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = options.Value.SampleDataFolder;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RunAsync("regions.csv", path => departments.ImportRegionsAsync(path, cancellationToken));
        await RunAsync("lanzhou-departments.csv", path => departments.ImportAsync(path, cancellationToken));
        await RunAsync("lanzhou-power-items.csv", path => powerItems.ImportAsync(path, null, cancellationToken));
        await RunAsync("lanzhou-power-items-full.csv", path => powerItems.ImportAsync(path, null, cancellationToken));
        db.DatasetMarkers.Add(new DatasetMarker(MarkerName) { LoadedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        async Task RunAsync(string file, Func<string, Task<ImportReport>> import)
        {
            var path = Path.Combine(folder, file);
            var report = await import(path);
            if (!report.Succeeded)
            {
                throw new InvalidOperationException(
                    $"The sample file {path} failed to import: {string.Join("; ", report.Errors.Take(5))}");
            }

            LogLoaded(logger, path, report.Created, report.Updated, report.Warnings.Count);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Loaded sample file {Path}: {Created} created, {Updated} updated, {Warnings} warnings")]
    private static partial void LogLoaded(ILogger logger, string path, int created, int updated, int warnings);
}
