using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.PowerList.Import;

/// <summary>Importing a file again writes only what changed, and item codes stay with their items.</summary>
public abstract class ReimportTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset s_secondImportTime = ImportDatabase.FirstImportTime.AddDays(1);

    [Fact]
    public async Task Regions_reimport_reports_all_unchanged()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();
        var before = await database.SnapshotAsync();

        var report = await database.ImportRegionsAsync(ImportDatabase.Sample("regions.csv"));

        Assert.Empty(report.Errors);
        Assert.Equal(0, report.Created);
        Assert.Equal(0, report.Updated);
        Assert.Equal(9, report.Unchanged);
        Assert.Equal(before, await database.SnapshotAsync());
    }

    [Fact]
    public async Task Departments_reimport_reports_all_unchanged()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();
        var before = await database.SnapshotAsync();

        var report = await database.ImportDepartmentsAsync(ImportDatabase.Sample("lanzhou-departments.csv"));

        Assert.Empty(report.Errors);
        Assert.Equal(0, report.Created);
        Assert.Equal(0, report.Updated);
        Assert.Equal(92, report.Unchanged);
        Assert.Equal(before, await database.SnapshotAsync());
    }

    [Fact]
    public async Task Power_list_reimport_writes_nothing()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleAsync();
        var before = await database.SnapshotAsync();
        database.Clock.Now = s_secondImportTime;

        var report = await database.ImportItemsAsync(ImportDatabase.Sample("lanzhou-power-items.csv"));

        Assert.Empty(report.Errors);
        Assert.Equal(0, report.Created);
        Assert.Equal(0, report.Updated);
        Assert.Equal(142, report.Unchanged);
        Assert.Equal(before, await database.SnapshotAsync());
    }

    [Fact]
    public async Task Full_elements_reimport_writes_nothing()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(withElements: true);
        var before = await database.SnapshotAsync();
        database.Clock.Now = s_secondImportTime;

        var report = await database.ImportItemsAsync(ImportDatabase.Sample("lanzhou-power-items-full.csv"));

        Assert.Empty(report.Errors);
        Assert.Equal(0, report.Created);
        Assert.Equal(0, report.Updated);
        Assert.Equal(30, report.Unchanged);
        Assert.Equal(before, await database.SnapshotAsync());
    }

    [Fact]
    public async Task Power_list_reimport_keeps_elements()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(withElements: true);
        database.Clock.Now = s_secondImportTime;

        var report = await database.ImportItemsAsync(ImportDatabase.Sample("lanzhou-power-items.csv"));

        Assert.Equal(142, report.Unchanged);
        var medical = await database.ItemAsync("医疗机构设置审批");
        Assert.Equal(30, medical.StatutoryTimeLimit!.Amount);
        Assert.Equal(3, medical.Materials.Count);
        Assert.False(medical.IsIncomplete);
    }

    [Fact]
    public async Task Changed_basis_updates_item_keeping_code()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleAsync();
        var rows = CsvRows.Read(ImportDatabase.Sample("lanzhou-power-items.csv"));
        var edited = rows.Single(row => row["事项名称"] == "医疗机构设置审批");
        Assert.Equal("《医疗机构管理条例》第九条、第十二条", edited["设定和实施依据"]);
        edited["设定和实施依据"] = "《医疗机构管理条例》第九条";
        var path = database.WriteFile("edited.csv", CsvRows.Write([.. rows[0].Keys], rows.Select(row => row.Values.ToList())));
        database.Clock.Now = s_secondImportTime;

        var report = await database.ImportItemsAsync(path);

        Assert.Empty(report.Errors);
        Assert.Equal(0, report.Created);
        Assert.Equal(1, report.Updated);
        Assert.Equal(141, report.Unchanged);
        var items = await database.ItemsAsync();
        var medical = Assert.Single(items, item => item.Name == "医疗机构设置审批");
        Assert.Equal("620100-XK-00064", medical.Code);
        Assert.Equal(s_secondImportTime, medical.UpdatedAt);
        var basis = Assert.Single(medical.LegalBases);
        Assert.Equal("医疗机构管理条例", basis.Title);
        Assert.Equal("第九条", basis.Articles);
        Assert.All(items.Where(item => item.Id != medical.Id), item => Assert.Equal(ImportDatabase.FirstImportTime, item.UpdatedAt));
    }

    [Fact]
    public async Task Deleted_item_code_is_not_reused()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleAsync();
        await database.WithContextAsync(db =>
            db.PowerItems.Where(item => item.Code == "620100-XK-00081").ExecuteDeleteAsync());
        var newItem = database.WriteFile("new-item.csv", """
            序号,主管部门,事项名称,权力类型,实施机关,设定和实施依据,备注
            1,兰州市体育局,高危险性体育赛事活动许可,行政许可,兰州市体育局,《中华人民共和国体育法》第一百零五条,
            """);

        var added = await database.ImportItemsAsync(newItem);
        var readded = await database.ImportItemsAsync(ImportDatabase.Sample("lanzhou-power-items.csv"));

        Assert.Empty(added.Errors);
        Assert.Equal(1, added.Created);
        Assert.Empty(readded.Errors);
        Assert.Equal(1, readded.Created);
        Assert.Equal(141, readded.Unchanged);
        var codes = (await database.ItemsAsync()).ToDictionary(item => item.Name, item => item.Code);
        Assert.Equal("620100-XK-00082", codes["高危险性体育赛事活动许可"]);
        Assert.Equal("620100-XK-00083", codes["经营高危险性体育项目许可"]);
        Assert.DoesNotContain("620100-XK-00081", codes.Values);
    }
}

public sealed class SqliteReimportTests() : ReimportTests(DatabaseProvider.Sqlite);

public sealed class PostgresReimportTests() : ReimportTests(DatabaseProvider.Postgres);
