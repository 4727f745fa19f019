using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.PowerList.Import;

/// <summary>
/// Imports the sample data set. The expected numbers were counted from the files in data/sample: 9 regions,
/// 92 departments (36 of the city, 7 for each of the 8 districts and counties) and 142 power items.
/// </summary>
public abstract class SampleImportTests(DatabaseProvider provider)
{
    private static readonly Dictionary<string, PowerType> s_typeNames = new(StringComparer.Ordinal)
    {
        ["行政许可"] = PowerType.Licensing,
        ["行政处罚"] = PowerType.Penalty,
        ["行政强制"] = PowerType.Coercion,
        ["行政征收"] = PowerType.Levy,
        ["行政给付"] = PowerType.Benefit,
        ["行政检查"] = PowerType.Inspection,
        ["行政确认"] = PowerType.Confirmation,
        ["行政奖励"] = PowerType.Reward,
        ["行政裁决"] = PowerType.Adjudication,
        ["其他行政权力"] = PowerType.Other,
        ["公共服务"] = PowerType.PublicService,
    };

    private static readonly Dictionary<PowerType, string> s_codeLetters = new()
    {
        [PowerType.Licensing] = "XK",
        [PowerType.Penalty] = "CF",
        [PowerType.Coercion] = "QZ",
        [PowerType.Levy] = "ZS",
        [PowerType.Benefit] = "JF",
        [PowerType.Inspection] = "JC",
        [PowerType.Confirmation] = "QR",
        [PowerType.Reward] = "JL",
        [PowerType.Adjudication] = "CJ",
        [PowerType.Other] = "QT",
        [PowerType.PublicService] = "GG",
    };

    /// <summary>The twelve rows of the full element file whose 申请材料 cell is filled; the other 18 leave it blank.</summary>
    private static readonly string[] s_itemsWithMaterials =
    [
        "医疗机构设置审批", "社会团体成立、变更、注销登记", "民办非企业单位成立、变更、注销登记", "商品房预售许可",
        "实施学前教育、学历教育及文化教育的民办学校设立审批", "教师资格认定", "取水许可", "大型群众性活动安全许可",
        "烟花爆竹道路运输许可", "焰火晚会及其他大型焰火燃放活动许可", "剧毒化学品购买许可", "第三类医疗器械经营许可",
    ];

    [Fact]
    public async Task Regions_file_creates_nine_regions()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);

        var report = await database.ImportRegionsAsync(ImportDatabase.Sample("regions.csv"));

        Assert.Empty(report.Errors);
        Assert.Equal(9, report.Created);
        var regions = await database.WithContextAsync(db => db.Regions.AsNoTracking().ToListAsync());
        Assert.Equal(9, regions.Count);
        var city = Assert.Single(regions, region => region.Level == RegionLevel.City);
        Assert.Equal("620100", city.Code);
        Assert.Equal("兰州市", city.Name);
        Assert.All(regions.Where(region => region.Level == RegionLevel.County), region => Assert.Equal("620100", region.ParentCode));
        Assert.Contains(regions, region => region.Code == "620123" && region.Name == "榆中县");
    }

    [Fact]
    public async Task Departments_file_creates_92_departments()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportRegionsAsync(ImportDatabase.Sample("regions.csv"));

        var report = await database.ImportDepartmentsAsync(ImportDatabase.Sample("lanzhou-departments.csv"));

        Assert.Empty(report.Errors);
        Assert.Equal(92, report.Created);
        Assert.Equal(0, report.Updated);
        var departments = await database.WithContextAsync(db => db.Departments.AsNoTracking().ToListAsync());
        Assert.Equal(92, departments.Count);
        Assert.Equal(36, departments.Count(department => department.RegionCode == "620100"));
        Assert.Equal(7, departments.Count(department => department.RegionCode == "620122"));
        Assert.Equal(14, departments.Count(department => department.Kind == DepartmentKind.Office));
        var finance = Assert.Single(departments, department => department.Name == "兰州市财政局");
        Assert.Equal("市财政局", finance.ShortName);
        Assert.Equal(OfficeRole.FinanceBureau, finance.Role);
    }

    [Fact]
    public async Task Power_list_creates_142_items()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();

        var report = await database.ImportItemsAsync(ImportDatabase.Sample("lanzhou-power-items.csv"));

        Assert.Empty(report.Errors);
        Assert.Equal(142, report.Created);
        Assert.Equal(0, report.Updated);
        Assert.Equal(0, report.Unchanged);
        var items = await database.ItemsAsync();
        Assert.Equal(142, items.Count);
        var counts = items.GroupBy(item => item.Type).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(81, counts[PowerType.Licensing]);
        Assert.Equal(10, counts[PowerType.Penalty]);
        Assert.Equal(5, counts[PowerType.Coercion]);
        Assert.Equal(2, counts[PowerType.Levy]);
        Assert.Equal(9, counts[PowerType.Benefit]);
        Assert.Equal(11, counts[PowerType.Inspection]);
        Assert.Equal(5, counts[PowerType.Confirmation]);
        Assert.Equal(2, counts[PowerType.Reward]);
        Assert.Equal(4, counts[PowerType.Adjudication]);
        Assert.Equal(2, counts[PowerType.Other]);
        Assert.Equal(11, counts[PowerType.PublicService]);
        Assert.All(items, item => Assert.Equal("620100", item.RegionCode));
    }

    [Fact]
    public async Task Codes_follow_file_order_per_type()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleAsync();

        // Names are stored with full-width brackets folded to half-width; NameText keeps the cell as written.
        var codes = (await database.ItemsAsync()).ToDictionary(item => item.NameText ?? item.Name, item => item.Code);

        Assert.Equal("620100-XK-00001", codes["企业投资项目核准"]);
        Assert.Equal("620100-XK-00002", codes["固定资产投资项目节能审查"]);
        Assert.Equal("620100-QT-00001", codes["政府投资项目审批"]);
        Assert.Equal("620100-XK-00064", codes["医疗机构设置审批"]);
        Assert.Equal("620100-CF-00010", codes["对未经设立登记从事经营活动的处罚"]);
        Assert.Equal("620100-XK-00081", codes["经营高危险性体育项目许可"]);
        Assert.Equal("620100-GG-00011", codes["住房公积金个人住房贷款"]);
        var issued = new Dictionary<PowerType, int>();
        foreach (var row in CsvRows.Read(ImportDatabase.Sample("lanzhou-power-items.csv")))
        {
            var type = s_typeNames[row["权力类型"]];
            issued[type] = issued.GetValueOrDefault(type) + 1;
            Assert.Equal($"620100-{s_codeLetters[type]}-{issued[type]:D5}", codes[row["事项名称"]]);
        }
    }

    [Fact]
    public async Task Application_types_start_incomplete()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();

        var report = await database.ImportItemsAsync(ImportDatabase.Sample("lanzhou-power-items.csv"));

        var items = await database.ItemsAsync();
        var onApplication = items.Where(item => item.Type is not (PowerType.Penalty or PowerType.Coercion
            or PowerType.Levy or PowerType.Inspection)).ToList();
        Assert.Equal(114, onApplication.Count);
        Assert.All(onApplication, item => Assert.True(item.IsIncomplete, item.Name));
        Assert.All(onApplication, item => Assert.Equal(["法定办结时限", "申请材料", "办理流程", "收费标准"], item.MissingElements()));
        Assert.All(items.Except(onApplication), item => Assert.False(item.IsIncomplete, item.Name));
        Assert.Equal(114, report.Warnings.Count(warning => warning.Message.StartsWith("要素不完整", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Full_elements_update_30_items()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleAsync();
        var codesBefore = (await database.ItemsAsync()).ToDictionary(item => item.Id, item => item.Code);

        var report = await database.ImportItemsAsync(ImportDatabase.Sample("lanzhou-power-items-full.csv"));

        Assert.Empty(report.Errors);
        Assert.Equal(0, report.Created);
        Assert.Equal(30, report.Updated);
        Assert.Equal(0, report.Unchanged);
        var items = await database.ItemsAsync();
        Assert.Equal(142, items.Count);
        Assert.Equal(codesBefore, items.ToDictionary(item => item.Id, item => item.Code));
        Assert.Equal(30, items.Count(item => item.StatutoryTimeLimit is not null));
    }

    [Fact]
    public async Task Licensing_days_are_working_days()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(withElements: true);

        var medical = (await database.ItemAsync("医疗机构设置审批")).StatutoryTimeLimit!;
        var school = (await database.ItemAsync("实施学前教育、学历教育及文化教育的民办学校设立审批")).StatutoryTimeLimit!;
        var gas = (await database.ItemAsync("燃气经营许可证核发")).StatutoryTimeLimit!;
        var water = (await database.ItemAsync("取水许可")).StatutoryTimeLimit!;
        var schoolBus = (await database.ItemAsync("校车使用许可")).StatutoryTimeLimit!;

        Assert.Equal(30, medical.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, medical.Unit);
        Assert.Null(medical.Extension);
        Assert.Equal("《医疗机构管理条例》第十二条", medical.Basis);
        Assert.Equal(3, school.Amount);
        Assert.Equal(TimeLimitUnit.Months, school.Unit);
        Assert.Equal(20, gas.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, gas.Unit);
        Assert.Equal(10, gas.Extension);
        Assert.Equal(45, water.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, water.Unit);
        Assert.Equal(3, schoolBus.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, schoolBus.Unit);
    }

    [Fact]
    public async Task Full_elements_complete_twelve_items()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(withElements: true);

        var withElements = (await database.ItemsAsync()).Where(item => item.StatutoryTimeLimit is not null).ToList();

        var complete = withElements.Where(item => !item.IsIncomplete).Select(item => item.Name).Order(StringComparer.Ordinal);
        Assert.Equal(s_itemsWithMaterials.Order(StringComparer.Ordinal), complete);
        var incomplete = withElements.Where(item => item.IsIncomplete).ToList();
        Assert.Equal(18, incomplete.Count);
        Assert.All(incomplete, item => Assert.Equal(["申请材料"], item.MissingElements()));
        var medical = Assert.Single(withElements, item => item.Name == "医疗机构设置审批");
        Assert.Equal(["设置申请书", "设置可行性研究报告", "选址报告和建筑设计平面图"], medical.Materials);
        Assert.False(medical.Fee!.Charged);
        Assert.Equal(["申请", "受理", "审查", "决定", "送达"], medical.ProcedureSteps);
    }
}

public sealed class SqliteSampleImportTests() : SampleImportTests(DatabaseProvider.Sqlite);

public sealed class PostgresSampleImportTests() : SampleImportTests(DatabaseProvider.Postgres);
