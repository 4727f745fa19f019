using System.Text;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.PowerList.Import;

/// <summary>
/// Files with one problem each. Every problem is reported with its row (the header is row 1), column and
/// value, and the import writes nothing, even for the rows of the file that are valid.
/// </summary>
public abstract class BrokenFileTests(DatabaseProvider provider)
{
    private const string ListHeader = "序号,主管部门,事项名称,权力类型,实施机关,设定和实施依据,备注";
    private const string ValidRow = "1,兰州市体育局,高危险性体育赛事活动许可,行政许可,兰州市体育局,《中华人民共和国体育法》第一百零五条,";

    [Fact]
    public async Task Missing_name_column_is_rejected()
    {
        await using var database = await CreateAsync();
        var path = database.WriteFile("no-name.csv", """
            序号,主管部门,名称,权力类型,实施机关,设定和实施依据,备注
            1,兰州市体育局,高危险性体育赛事活动许可,行政许可,兰州市体育局,《中华人民共和国体育法》第一百零五条,
            """);

        await AssertRejectedAsync(database, path, 1, "事项名称", null);
    }

    [Fact]
    public async Task Unknown_power_type_is_rejected()
    {
        await using var database = await CreateAsync();
        var path = database.WriteFile("bad-type.csv", $"""
            {ListHeader}
            {ValidRow}
            2,兰州市体育局,体育类民办非企业单位登记,行政审批,兰州市体育局,《民办非企业单位登记管理暂行条例》第五条,
            """);

        await AssertRejectedAsync(database, path, 3, "权力类型", "行政审批");
    }

    [Fact]
    public async Task Duplicate_row_is_rejected()
    {
        await using var database = await CreateAsync();
        var path = database.WriteFile("duplicate.csv", $"""
            {ListHeader}
            {ValidRow}
            {ValidRow}
            """);

        var error = await AssertRejectedAsync(database, path, 3, "事项名称", "高危险性体育赛事活动许可");

        Assert.Contains("第2行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_department_is_rejected()
    {
        await using var database = await CreateAsync();
        var path = database.WriteFile("unknown-department.csv", $"""
            {ListHeader}
            {ValidRow}
            2,兰州市航天局,火箭发射许可,行政许可,兰州市航天局,《中华人民共和国行政许可法》第十二条,
            """);

        await AssertRejectedAsync(database, path, 3, "主管部门", "兰州市航天局");
    }

    [Fact]
    public async Task Header_only_file_is_rejected()
    {
        await using var database = await CreateAsync();
        var path = database.WriteFile("header-only.csv", ListHeader + "\n");

        var error = await AssertRejectedAsync(database, path, 0, "", null);

        Assert.Contains("没有数据行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zero_byte_file_is_rejected()
    {
        await using var database = await CreateAsync();
        var path = database.WriteFile("empty.csv", []);
        var before = await database.SnapshotAsync();

        var exception = await Assert.ThrowsAsync<ImportFileException>(() => database.ImportItemsAsync(path));

        Assert.Contains("文件为空", exception.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.SnapshotAsync());
    }

    [Fact]
    public async Task Malformed_item_code_is_rejected()
    {
        await using var database = await CreateAsync();
        var path = database.WriteFile("bad-code.csv", """
            事项编码,主管部门,事项名称,权力类型,实施机关,设定和实施依据
            ,兰州市体育局,高危险性体育赛事活动许可,行政许可,兰州市体育局,《中华人民共和国体育法》第一百零五条
            620100-XK-1,兰州市体育局,经营高危险性体育项目许可,行政许可,兰州市体育局,《全民健身条例》第三十二条
            """);

        await AssertRejectedAsync(database, path, 3, "事项编码", "620100-XK-1");
    }

    [Fact]
    public async Task Bad_national_code_is_rejected()
    {
        await using var database = await CreateAsync(withSampleItems: true);
        var path = database.WriteFile("bad-national-code.csv", """
            事项名称,实施机关,国家实施编码
            取水许可,兰州市水务局,11620100MB0000000X000000000000
            """);

        await AssertRejectedAsync(database, path, 2, "国家实施编码", "11620100MB0000000X000000000000");
    }

    [Fact]
    public async Task Bad_classified_value_is_rejected()
    {
        await using var database = await CreateAsync();
        var path = database.WriteFile("bad-classified.csv", $"""
            {ListHeader},是否涉密
            {ValidRow},不确定
            """);

        await AssertRejectedAsync(database, path, 2, "是否涉密", "不确定");
    }

    [Fact]
    public async Task Unparseable_time_limit_is_rejected()
    {
        await using var database = await CreateAsync(withSampleItems: true);
        var path = database.WriteFile("bad-limit.csv", """
            事项名称,实施机关,法定办结时限
            取水许可,兰州市水务局,自受理之日起45个工作日内
            医疗机构设置审批,兰州市卫生健康委员会,依法及时办理
            """);

        await AssertRejectedAsync(database, path, 3, "法定办结时限", "依法及时办理");
    }

    [Fact]
    public async Task Element_row_for_missing_item_is_rejected()
    {
        await using var database = await CreateAsync(withSampleItems: true);
        var path = database.WriteFile("unknown-item.csv", """
            事项名称,实施机关,法定办结时限
            取水许可,兰州市水务局,自受理之日起45个工作日内
            游艇驾驶执照核发,兰州市交通运输局,20个工作日
            """);

        await AssertRejectedAsync(database, path, 3, "事项名称", "游艇驾驶执照核发");
    }

    [Fact]
    public async Task Gbk_file_is_rejected()
    {
        await using var database = await CreateAsync();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GBK").GetBytes($"{ListHeader}\n{ValidRow}\n");
        var path = database.WriteFile("gbk.csv", bytes);
        var before = await database.SnapshotAsync();

        var exception = await Assert.ThrowsAsync<ImportFileException>(() => database.ImportItemsAsync(path));

        Assert.Contains("不是 UTF-8 编码", exception.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.SnapshotAsync());
    }

    [Fact]
    public async Task Error_in_last_row_writes_nothing()
    {
        await using var database = await CreateAsync(withSampleItems: true);
        var rows = CsvRows.Read(ImportDatabase.Sample("lanzhou-power-items.csv"));
        rows.Single(row => row["事项名称"] == "医疗机构设置审批")["设定和实施依据"] = "《医疗机构管理条例》第九条";
        var last = new Dictionary<string, string>(rows[^1]) { ["事项名称"] = "体育场馆开放补助", ["权力类型"] = "行政补助" };
        rows.Add(last);
        var path = database.WriteFile("long.csv", CsvRows.Write([.. rows[0].Keys], rows.Select(row => row.Values.ToList())));

        await AssertRejectedAsync(database, path, 144, "权力类型", "行政补助");

        var medical = await database.ItemAsync("医疗机构设置审批");
        Assert.Equal("第九条、第十二条", Assert.Single(medical.LegalBases).Articles);
    }

    private async Task<ImportDatabase> CreateAsync(bool withSampleItems = false)
    {
        var database = await ImportDatabase.CreateAsync(provider);
        if (withSampleItems)
        {
            await database.ImportSampleAsync();
        }
        else
        {
            await database.ImportSampleDepartmentsAsync();
        }

        return database;
    }

    /// <summary>Imports <paramref name="path"/>, expecting exactly one error there and no change to the database.</summary>
    private static async Task<ImportProblem> AssertRejectedAsync(ImportDatabase database, string path, int row, string column, string? value)
    {
        var before = await database.SnapshotAsync();

        var report = await database.ImportItemsAsync(path);

        var error = Assert.Single(report.Errors);
        Assert.Equal(row, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Equal(value, error.Value);
        Assert.Equal(0, report.Created);
        Assert.Equal(0, report.Updated);
        Assert.Equal(before, await database.SnapshotAsync());

        return error;
    }
}

public sealed class SqliteBrokenFileTests() : BrokenFileTests(DatabaseProvider.Sqlite);

public sealed class PostgresBrokenFileTests() : BrokenFileTests(DatabaseProvider.Postgres);
