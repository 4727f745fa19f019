using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.PowerList.Import;

/// <summary>
/// Five new licensing items of one city department imported in batches of two, so the rows are written in three
/// saves: rows 1–2, rows 3–4 and row 5.
/// </summary>
public abstract class BatchedImportTests(DatabaseProvider provider)
{
    private const string Department = "兰州市体育局";
    private const int BatchSize = 2;

    private static readonly string[] s_names =
    [
        "高危险性体育赛事活动许可", "经营高危险性体育项目许可", "临时占用公共体育设施审批", "体育类民办非企业单位成立审查",
        "举办健身气功活动及设立站点审批",
    ];

    [Fact]
    public async Task Batches_issue_consecutive_codes()
    {
        await using var database = await CreateAsync();

        var report = await database.ImportItemsInBatchesAsync(WriteList(database), BatchSize);

        Assert.Empty(report.Errors);
        Assert.Equal(5, report.Created);
        var items = await database.ItemsAsync();
        Assert.Equal(s_names, items.Select(item => item.Name));
        Assert.Equal(
            ["620100-XK-00001", "620100-XK-00002", "620100-XK-00003", "620100-XK-00004", "620100-XK-00005"],
            items.Select(item => item.Code));
        var counter = await database.WithContextAsync(db => db.ItemCodeCounters.AsNoTracking()
            .SingleAsync(counter => counter.RegionCode == "620100" && counter.Type == PowerType.Licensing));
        Assert.Equal(5, counter.LastSequence);
        Assert.All(items, item => Assert.Contains(item.Name, item.SearchText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failure_in_last_batch_keeps_nothing()
    {
        await using var database = await CreateAsync();
        // An item with the code that the counter issues fifth, as a row written outside the importer could have.
        await database.WithContextAsync(async db =>
        {
            var department = await db.Departments.SingleAsync(department => department.Name == Department);
            db.PowerItems.Add(new PowerItem("620100-XK-00005", "体育赛事活动备案", PowerType.Licensing, department.Id, "620100"));

            return await db.SaveChangesAsync();
        });
        var before = await database.SnapshotAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => database.ImportItemsInBatchesAsync(WriteList(database), BatchSize));

        Assert.Equal(before, await database.SnapshotAsync());
        var items = await database.ItemsAsync();
        Assert.Equal(["体育赛事活动备案"], items.Select(item => item.Name));
        Assert.Empty(await database.WithContextAsync(db => db.ItemCodeCounters.AsNoTracking().ToListAsync()));
    }

    private static string WriteList(ImportDatabase database)
    {
        var rows = s_names.Select((name, index) =>
            $"{index + 1},{Department},{name},行政许可,{Department},《中华人民共和国体育法》第一百零五条,");

        return database.WriteFile("sports.csv", "序号,主管部门,事项名称,权力类型,实施机关,设定和实施依据,备注\n" + string.Join('\n', rows));
    }

    private async Task<ImportDatabase> CreateAsync()
    {
        var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();

        return database;
    }
}

public sealed class SqliteBatchedImportTests() : BatchedImportTests(DatabaseProvider.Sqlite);

public sealed class PostgresBatchedImportTests() : BatchedImportTests(DatabaseProvider.Postgres);
