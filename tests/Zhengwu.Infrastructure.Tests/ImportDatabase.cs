using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Organization;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Import;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests;

/// <summary>
/// A fresh database with the importers run the way the import command runs them: each import on its own
/// context, so that what a test reads back is what the database holds.
/// </summary>
public sealed class ImportDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset FirstImportTime = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private ImportDatabase(TestDatabase database)
    {
        Database = database;
    }

    public TestDatabase Database { get; }

    public FixedClock Clock { get; } = new(FirstImportTime);

    public LawLibrary Laws { get; set; } = new(TestPaths.Laws);

    public static string Sample(string file) => Path.Combine(TestPaths.SampleData, file);

    public static async Task<ImportDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var db = await database.OpenContextAsync())
        {
            // Migrating once here keeps later contexts from racing to create the schema.
        }

        return new ImportDatabase(database);
    }

    public Task<ImportReport> ImportRegionsAsync(string path) =>
        WithContextAsync(db => new DepartmentImporter(db).ImportRegionsAsync(path));

    public Task<ImportReport> ImportDepartmentsAsync(string path) =>
        WithContextAsync(db => new DepartmentImporter(db).ImportAsync(path));

    public Task<ImportReport> ImportItemsAsync(string path, DepartmentMapping? mapping = null) =>
        WithContextAsync(db =>
            new PowerItemImporter(db, Clock, Laws, NullLogger<PowerItemImporter>.Instance).ImportAsync(path, mapping));

    public Task<ImportReport> ImportItemsInBatchesAsync(string path, int batchSize) =>
        WithContextAsync(db =>
            new PowerItemImporter(db, Clock, Laws, NullLogger<PowerItemImporter>.Instance) { BatchSize = batchSize }
                .ImportAsync(path));

    /// <summary>
    /// Imports in batches of <paramref name="batchSize"/>, writing new items by bulk insert or through EF Core, on a
    /// context that raises the content version after saves as the portal's contexts do.
    /// </summary>
    public async Task<ImportReport> ImportItemsAsync(string path, int batchSize, bool bulkInsert)
    {
        await using ZhengwuDbContext db = Database.Provider == DatabaseProvider.Sqlite
            ? new SqliteZhengwuDbContext(new DbContextOptionsBuilder<SqliteZhengwuDbContext>()
                .UseSqlite(Database.ConnectionString)
                .AddInterceptors(new ContentVersionInterceptor(Clock))
                .Options)
            : new PostgresZhengwuDbContext(new DbContextOptionsBuilder<PostgresZhengwuDbContext>()
                .UseNpgsql(Database.ConnectionString)
                .AddInterceptors(new ContentVersionInterceptor(Clock))
                .Options);
        var importer = new PowerItemImporter(db, Clock, Laws, NullLogger<PowerItemImporter>.Instance)
        {
            BatchSize = batchSize,
            BulkInsert = bulkInsert,
        };

        return await importer.ImportAsync(path);
    }

    /// <summary>Imports regions.csv and lanzhou-departments.csv and fails the test if either reports an error.</summary>
    public async Task ImportSampleDepartmentsAsync()
    {
        Assert.Empty((await ImportRegionsAsync(Sample("regions.csv"))).Errors);
        Assert.Empty((await ImportDepartmentsAsync(Sample("lanzhou-departments.csv"))).Errors);
    }

    /// <summary>Imports the sample regions, departments and power list, and the full elements when asked.</summary>
    public async Task ImportSampleAsync(bool withElements = false)
    {
        await ImportSampleDepartmentsAsync();
        Assert.Empty((await ImportItemsAsync(Sample("lanzhou-power-items.csv"))).Errors);
        if (withElements)
        {
            Assert.Empty((await ImportItemsAsync(Sample("lanzhou-power-items-full.csv"))).Errors);
        }
    }

    public async Task<T> WithContextAsync<T>(Func<ZhengwuDbContext, Task<T>> action)
    {
        await using var db = await Database.OpenContextAsync();

        return await action(db);
    }

    public Task<List<PowerItem>> ItemsAsync() =>
        WithContextAsync(db => db.PowerItems.AsNoTracking().OrderBy(item => item.Id).ToListAsync());

    public Task<PowerItem> ItemAsync(string name) =>
        WithContextAsync(db => db.PowerItems.AsNoTracking().SingleAsync(item => item.Name == name));

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark into the test's folder.</summary>
    public string WriteFile(string name, string text) => WriteFile(name, new UTF8Encoding(false).GetBytes(text));

    public string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(Database.Folder, name);
        File.WriteAllBytes(path, bytes);

        return path;
    }

    /// <summary>
    /// Describes every stored row that an import may write, one line each, so that two snapshots are equal
    /// exactly when nothing was written in between.
    /// </summary>
    public Task<string> SnapshotAsync() => WithContextAsync(async db =>
    {
        var lines = new List<string>();
        lines.AddRange(await db.Regions.AsNoTracking().OrderBy(region => region.Code)
            .Select(region => "region " + region.Code + " " + region.Name + " " + region.Level + " " + region.ParentCode)
            .ToListAsync());
        lines.AddRange(await db.Departments.AsNoTracking().OrderBy(department => department.Id)
            .Select(department => "department " + department.Id + " " + department.RegionCode + " " + department.Name
                + " " + department.ShortName + " " + department.Kind + " " + department.SortOrder + " " + department.Note)
            .ToListAsync());
        var items = await db.PowerItems.AsNoTracking().OrderBy(item => item.Id).ToListAsync();
        lines.AddRange(items.Select(item => string.Join(
            ' ',
            "item",
            item.Id.ToString(CultureInfo.InvariantCulture),
            item.Code,
            item.Name,
            item.Type,
            item.DepartmentId.ToString(CultureInfo.InvariantCulture),
            item.UpdatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            item.ContentHash,
            item.ElementsHash,
            item.IsIncomplete,
            item.IsClassified)));
        lines.AddRange(await db.ItemCodeCounters.AsNoTracking().OrderBy(counter => counter.RegionCode).ThenBy(counter => counter.Type)
            .Select(counter => "counter " + counter.RegionCode + " " + counter.Type + " " + counter.LastSequence)
            .ToListAsync());
        lines.AddRange(items.Select(item => "search " + item.Id.ToString(CultureInfo.InvariantCulture) + " " + item.SearchText));

        return string.Join('\n', lines);
    });

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
