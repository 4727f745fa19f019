using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.PowerList.Import;

/// <summary>
/// Imports the same files into two databases, once with new items written by the bulk insert and once saved through
/// EF Core, in batches of two. The first file has five new items with every element column, three of the city's
/// sports bureau (620100) and two of 城关区's market bureau (620102). The second changes the fourth item and adds two
/// more, so its batches mix new and changed items.
/// </summary>
public abstract class BulkInsertTests(DatabaseProvider provider)
{
    private const int BatchSize = 2;
    private const string City = "兰州市体育局";
    private const string County = "城关区市场监督管理局";

    private const string Header =
        "序号,主管部门,事项名称,权力类型,实施机关,设定和实施依据,备注,国家实施编码,行使层级,承办处室,服务对象,法定办结时限,法定办结时限依据,"
        + "承诺办结时限,申请材料,申请材料依据,受理条件,受理条件依据,收费,收费标准,收费依据,办理流程,办理流程依据,监督方式,监督电话,办公地址,"
        + "办公时间,常见问题,责任事项,状态,是否涉密,说明";

    private static readonly string[] s_firstRows =
    [
        $"1,{City},高危险性体育赛事活动许可,行政许可,{City},《中华人民共和国体育法》第一百零五条,市县两级,,,竞技体育处,法人,"
            + "自受理之日起20日内,《中华人民共和国行政许可法》第四十二条,10个工作日,\"(一)申请书\n(二)安全保障方案\",《中华人民共和国体育法》第一百零五条,"
            + "有专业人员,,收费,每项500元,\"甘发改收费〔2020〕1号\",申请→受理→审查→决定,,\"12345热线\",0931-8888888,兰州市城关区南昌路1号,"
            + "工作日9:00-17:00,\"需要带原件吗|需要\n可以网上办吗|可以\",\"受理责任：公示条件；审查责任：审核材料\n决定责任：作出决定\",在用,否,期限按工作日计算",
        $"2,{City},经营高危险性体育项目许可,行政许可,{City}（受委托）,\"《中华人民共和国体育法》第一百零五条；《全民健身条例》第三十二条\",,,,,,"
            + ",,,,,,,不收费,,,,,,,,,,,暂停,是,",
        $"3,{City},体育类民办非企业单位成立审查,其他行政权力,{City},,\"备注含\"\"引号\"\"和,逗号\",,,,,,,,,,,,,,,,,,,,,,,,,",
        $"4,{County},食品经营许可,行政许可,{County},《中华人民共和国食品安全法》第三十五条,,,,,,3个月,,,,,,,免费,,,申请→决定,,,,,,"
            + "问：能加急吗？答：不能,检查责任：现场核查,取消,,",
        $"5,{County},食品生产许可,行政许可,{County},《中华人民共和国食品安全法》第三十五条,,,,,,,,,,,,,,,,,,,,,,,,,,",
    ];

    private static readonly string[] s_secondRows =
    [
        s_firstRows[0],
        s_firstRows[3].Replace("能加急吗", "能否加急", StringComparison.Ordinal),
        $"6,{County},小餐饮登记,行政许可,{County},《甘肃省食品小作坊小经营店小摊点管理条例》第十条,,,,,,,,,,,,,,,,,,,,,,,,,,",
        $"7,{City},举办健身气功活动及设立站点审批,行政许可,{City},《中华人民共和国体育法》第一百零五条,,,,,,,,,,,,,,,,,,,,,,"
            + ",\"宣传责任：公布标准\",,,",
    ];

    [Fact]
    public async Task Bulk_insert_writes_same_rows_as_ef_core()
    {
        await using var bulk = await CreateAsync();
        await using var reference = await CreateAsync();

        var bulkReports = await ImportBothAsync(bulk, bulkInsert: true);
        var referenceReports = await ImportBothAsync(reference, bulkInsert: false);

        Assert.Equal(referenceReports, bulkReports);
        Assert.Equal(await RawRowsAsync(reference, "PowerItems"), await RawRowsAsync(bulk, "PowerItems"));
        Assert.Equal(
            await RawRowsAsync(reference, "ResponsibilityItems"),
            await RawRowsAsync(bulk, "ResponsibilityItems"));
        Assert.Equal(await ItemsAsJsonAsync(reference), await ItemsAsJsonAsync(bulk));
        Assert.Equal(await reference.SnapshotAsync(), await bulk.SnapshotAsync());
        var referenceVersion = await ContentVersionAsync(reference);
        var bulkVersion = await ContentVersionAsync(bulk);
        Assert.Equal(ImportDatabase.FirstImportTime.AddDays(1), bulkVersion.ChangedAt);
        Assert.Equal(referenceVersion.ChangedAt, bulkVersion.ChangedAt);
        // EF Core raises the version with each save that changes an item, so twice per batch: the items, then their
        // search text. The batch with the changed fourth item raises it once, because that item's search text stays
        // the same. That is 4 × 2 + 1 = 9. The bulk insert raises it once per batch of new items (3, then 1), and the
        // save of the changed item once more: 5.
        Assert.Equal(9, referenceVersion.Number);
        Assert.Equal(5, bulkVersion.Number);
    }

    [Fact]
    public async Task Bulk_insert_sets_codes_and_children()
    {
        await using var database = await CreateAsync();

        var reports = await ImportBothAsync(database, bulkInsert: true);

        Assert.Equal("5 0 0 0; 2 1 1 0", reports);
        var items = await database.WithContextAsync(db => db.PowerItems.AsNoTracking()
            .Include(item => item.ResponsibilityItems).OrderBy(item => item.Id).ToListAsync());
        Assert.Equal(
            ["620100-XK-00001", "620100-XK-00002", "620100-QT-00001", "620102-XK-00001", "620102-XK-00002",
             "620102-XK-00003", "620100-XK-00003"],
            items.Select(item => item.Code));
        var first = items[0];
        var responsibilities = first.ResponsibilityItems.OrderBy(responsibility => responsibility.SortOrder).ToList();
        Assert.Equal(["公示条件", "审核材料", "作出决定"], responsibilities.Select(responsibility => responsibility.Content));
        Assert.Equal(["受理责任", "审查责任", "决定责任"], responsibilities.Select(responsibility => responsibility.Name));
        Assert.Equal([0, 1, 2], responsibilities.Select(responsibility => responsibility.SortOrder));
        Assert.Equal(["申请书", "安全保障方案"], first.Materials);
        Assert.Equal(["申请", "受理", "审查", "决定"], first.ProcedureSteps);
        Assert.Equal(["需要带原件吗", "可以网上办吗"], first.Faqs.Select(faq => faq.Question));
        Assert.Equal(20, first.StatutoryTimeLimit?.Amount);
        Assert.Equal("每项500元", first.Fee?.Standard);
        Assert.True(first.Fee?.Charged);
        Assert.Equal(ImportDatabase.FirstImportTime, first.CreatedAt);
        Assert.Contains("高危险性体育赛事活动许可", first.SearchText, StringComparison.Ordinal);
        Assert.Contains("兰州市体育局", first.SearchText, StringComparison.Ordinal);
        Assert.Equal(PowerItemStatus.Suspended, items[1].Status);
        Assert.True(items[1].IsClassified);
        Assert.Equal(2, items[1].LegalBases.Count);
        Assert.Equal("备注含\"引号\"和,逗号", items[2].Remarks);
        Assert.Equal("能否加急？", Assert.Single(items[3].Faqs).Question);
        Assert.Equal(PowerItemStatus.Cancelled, items[3].Status);
        Assert.Equal(["公布标准"], items[6].ResponsibilityItems.Select(responsibility => responsibility.Content));
        Assert.Equal(["现场核查"], items[3].ResponsibilityItems.Select(responsibility => responsibility.Content));
        Assert.Equal(5, await database.WithContextAsync(db => db.ResponsibilityItems.CountAsync()));
    }

    [Fact]
    public async Task Failure_in_last_bulk_batch_keeps_nothing()
    {
        await using var database = await CreateAsync();
        // 城关区's licensing counter issues its second code to the fifth row, which is in the third batch.
        await database.WithContextAsync(async db =>
        {
            var department = await db.Departments.SingleAsync(department => department.Name == County);
            db.PowerItems.Add(new PowerItem("620102-XK-00002", "食品小作坊登记", PowerType.Licensing, department.Id, "620102"));

            return await db.SaveChangesAsync();
        });
        var before = await database.SnapshotAsync();
        var versionBefore = await ContentVersionAsync(database);
        var responsibilitiesBefore = await RawRowsAsync(database, "ResponsibilityItems");

        await Assert.ThrowsAnyAsync<DbUpdateException>(
            () => database.ImportItemsAsync(WriteFile(database, "first.csv", s_firstRows), BatchSize, bulkInsert: true));

        Assert.Equal(before, await database.SnapshotAsync());
        Assert.Equal(responsibilitiesBefore, await RawRowsAsync(database, "ResponsibilityItems"));
        var versionAfter = await ContentVersionAsync(database);
        Assert.Equal(versionBefore.Number, versionAfter.Number);
        Assert.Equal(versionBefore.ChangedAt, versionAfter.ChangedAt);
        Assert.Equal(["食品小作坊登记"], (await database.ItemsAsync()).Select(item => item.Name));
    }

    private async Task<ImportDatabase> CreateAsync()
    {
        var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();

        return database;
    }

    /// <summary>Imports both files and returns the two reports as "created updated unchanged errors".</summary>
    private static async Task<string> ImportBothAsync(ImportDatabase database, bool bulkInsert)
    {
        var first = await database.ImportItemsAsync(WriteFile(database, "first.csv", s_firstRows), BatchSize, bulkInsert);
        Assert.Empty(first.Errors.Select(error => error.ToString()));
        database.Clock.Now = ImportDatabase.FirstImportTime.AddDays(1);
        var second = await database.ImportItemsAsync(WriteFile(database, "second.csv", s_secondRows), BatchSize, bulkInsert);
        Assert.Empty(second.Errors.Select(error => error.ToString()));

        return $"{first.Created} {first.Updated} {first.Unchanged} {first.Errors.Count}; "
            + $"{second.Created} {second.Updated} {second.Unchanged} {second.Errors.Count}";
    }

    private static string WriteFile(ImportDatabase database, string name, string[] rows) =>
        database.WriteFile(name, Header + "\n" + string.Join('\n', rows));

    /// <summary>Reads every column of every row as the database returns it, in key order.</summary>
    private static Task<List<string>> RawRowsAsync(ImportDatabase database, string table) =>
        database.WithContextAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('\u001F', Enumerable.Range(0, reader.FieldCount)
                    .Select(i => reader.GetName(i) + "=" + Describe(reader, i))));
            }

            return rows;
        });

    private static string Describe(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        DBNull => "NULL",
        string[] values => "{" + string.Join('\u001E', values) + "}",
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static Task<List<string>> ItemsAsJsonAsync(ImportDatabase database) =>
        database.WithContextAsync(async db =>
        {
            var items = await db.PowerItems.AsNoTracking().Include(item => item.ResponsibilityItems)
                .OrderBy(item => item.Id).ToListAsync();

            return items.Select(item => JsonSerializer.Serialize(item)).ToList();
        });

    private static Task<ContentVersion> ContentVersionAsync(ImportDatabase database) =>
        database.WithContextAsync(db => db.ContentVersions.AsNoTracking().SingleAsync());
}

public sealed class SqliteBulkInsertTests() : BulkInsertTests(DatabaseProvider.Sqlite);

public sealed class PostgresBulkInsertTests() : BulkInsertTests(DatabaseProvider.Postgres);
