using System.Diagnostics;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.PowerList.Import;

/// <summary>
/// A generated list of 5,000 rows over eight city departments and six power types. A name combines a scope,
/// a business, an action and a case, which gives each action 7 × 40 × 3 = 840 distinct names for its 834 rows.
/// </summary>
public abstract class LargeImportTests(DatabaseProvider provider)
{
    private const int RowCount = 5_000;

    private static readonly string[] s_departments =
    [
        "兰州市市场监督管理局", "兰州市交通运输局", "兰州市住房和城乡建设局", "兰州市卫生健康委员会",
        "兰州市生态环境局", "兰州市农业农村局", "兰州市文化和旅游局", "兰州市应急管理局",
    ];

    private static readonly string[] s_businesses =
    [
        "餐饮服务", "食品销售", "药品零售", "医疗器械经营", "危险货物道路运输", "出租汽车经营", "网约车平台", "驾驶员培训",
        "建筑施工", "房地产开发", "物业服务", "燃气经营", "医疗机构执业", "诊所", "放射诊疗", "公共场所卫生",
        "排污", "危险废物经营", "建设项目环评", "机动车检验", "种子生产经营", "农药经营", "兽药经营", "生猪屠宰",
        "娱乐场所经营", "营业性演出", "旅行社经营", "互联网上网服务", "烟花爆竹经营", "危险化学品经营", "非煤矿山", "安全培训",
        "宾馆住宿", "游泳场所", "犬只养殖", "水产苗种生产", "饲料生产", "渔业捕捞", "林木采伐", "野生植物采集",
    ];

    private static readonly (string Template, string Type)[] s_actions =
    [
        ("{0}许可", "行政许可"),
        ("对违法从事{0}活动的处罚", "行政处罚"),
        ("{0}监督检查", "行政检查"),
        ("对违法{0}场所的查封、扣押", "行政强制"),
        ("{0}备案确认", "行政确认"),
        ("{0}公共服务咨询", "公共服务"),
    ];

    private static readonly string[] s_cases = ["新办", "变更", "延续"];

    private static readonly string[] s_scopes = ["城关区", "七里河区", "西固区", "安宁区", "红古区", "兰州新区", "全市"];

    [Fact]
    public async Task Five_thousand_rows_import_then_unchanged()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();
        var path = database.WriteFile("large.csv", CsvRows.Write(
            ["序号", "主管部门", "事项名称", "权力类型", "实施机关", "设定和实施依据", "备注"],
            GenerateRows()));

        var clock = Stopwatch.StartNew();
        var first = await database.ImportItemsAsync(path);
        var firstTime = clock.Elapsed;
        clock.Restart();
        var second = await database.ImportItemsAsync(path);
        var secondTime = clock.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{provider}: {RowCount} rows imported in {firstTime.TotalSeconds:F1} s, re-imported in {secondTime.TotalSeconds:F1} s");

        Assert.Empty(first.Errors);
        Assert.Equal(RowCount, first.Created);
        Assert.Empty(second.Errors);
        Assert.Equal(0, second.Created);
        Assert.Equal(0, second.Updated);
        Assert.Equal(RowCount, second.Unchanged);
        var items = await database.ItemsAsync();
        Assert.Equal(RowCount, items.Count);
        Assert.Equal(834, items.Count(item => item.Type == PowerType.Licensing));
        Assert.Equal(833, items.Count(item => item.Type == PowerType.PublicService));
        Assert.Contains(items, item => item.Code == "620100-XK-00834");
    }

    /// <summary>Row i uses action i mod 6, so the 5,000 rows hold 834 of each of the first two actions and 833 of the rest.</summary>
    private static IEnumerable<IReadOnlyList<string>> GenerateRows()
    {
        for (var i = 0; i < RowCount; i++)
        {
            var (template, type) = s_actions[i % s_actions.Length];
            var rest = i / s_actions.Length;
            var business = s_businesses[rest % s_businesses.Length];
            var variant = s_cases[rest / s_businesses.Length % s_cases.Length];
            var scope = s_scopes[rest / (s_businesses.Length * s_cases.Length)];
            var department = s_departments[i % s_departments.Length];
            yield return
            [
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                department,
                $"{scope}{string.Format(System.Globalization.CultureInfo.InvariantCulture, template, business)}（{variant}）",
                type,
                department,
                "《中华人民共和国行政许可法》第十二条、第十四条",
                "",
            ];
        }
    }
}

public sealed class SqliteLargeImportTests() : LargeImportTests(DatabaseProvider.Sqlite);

public sealed class PostgresLargeImportTests() : LargeImportTests(DatabaseProvider.Postgres);
