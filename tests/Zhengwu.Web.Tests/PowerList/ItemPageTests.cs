using System.Net;
using AngleSharp.Dom;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

/// <summary>
/// Item pages. 620100-XK-00064 is 医疗机构设置审批, the 64th licensing row of lanzhou-power-items.csv, whose
/// elements come from the first row of lanzhou-power-items-full.csv.
/// </summary>
public abstract class ItemPageTests(PortalFixture portal)
{
    private const string MedicalInstitutionSetUp = "/power-items/620100-XK-00064";

    [Fact]
    public async Task Full_item_shows_heading_and_code()
    {
        var page = await portal.GetPageAsync(MedicalInstitutionSetUp);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("医疗机构设置审批", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal("行政许可", page.Document.QuerySelector(".item-meta .badge")?.TextContent);
        Assert.Equal("事项编码：620100-XK-00064", page.Document.QuerySelector(".item-meta .code")?.TextContent);
        Assert.Equal("兰州市卫生健康委员会", Element(page, "主管部门").TextContent);
        Assert.Null(page.Document.QuerySelector(".notice-incomplete"));
    }

    [Fact]
    public async Task Full_item_shows_statutory_limit()
    {
        var page = await portal.GetPageAsync(MedicalInstitutionSetUp);

        var limit = Element(page, "法定办结时限");
        Assert.Equal("30个工作日", limit.QuerySelector("strong")?.TextContent);
        var source = limit.QuerySelector(".source")?.TextContent.Trim() ?? "";
        Assert.StartsWith("原文：自受理设置申请之日起30日内，作出批准或者不批准的书面答复", source, StringComparison.Ordinal);
        Assert.EndsWith("（《医疗机构管理条例》第十二条）", source, StringComparison.Ordinal);
        Assert.Equal("未承诺，按法定时限办理", Element(page, "承诺办结时限").TextContent);
    }

    [Theory]
    [InlineData("620100-XK-00003", "3个月")]
    [InlineData("620100-XK-00028", "60个工作日")]
    [InlineData("620100-XK-00030", "7个工作日")]
    [InlineData("620100-XK-00048", "45个工作日")]
    [InlineData("620100-XK-00065", "45个工作日")]
    public async Task Statutory_limit_reads_law_wording(string code, string expected)
    {
        var page = await portal.GetPageAsync($"/power-items/{code}");

        Assert.Equal(expected, Element(page, "法定办结时限").QuerySelector("strong")?.TextContent);
    }

    [Fact]
    public async Task Full_item_lists_materials_in_order()
    {
        var page = await portal.GetPageAsync(MedicalInstitutionSetUp);

        var materials = ListAfter(page, "申请材料");
        Assert.Equal(3, materials.Count);
        Assert.Contains("设置申请书", materials[0], StringComparison.Ordinal);
        Assert.Contains("设置可行性研究报告", materials[1], StringComparison.Ordinal);
        Assert.Contains("选址报告和建筑设计平面图", materials[2], StringComparison.Ordinal);
        Assert.Contains("依据：《医疗机构管理条例》第十条", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_item_shows_procedure_flowchart()
    {
        var page = await portal.GetPageAsync(MedicalInstitutionSetUp);

        var steps = page.Document.QuerySelectorAll("ol.flowchart > li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["第1步 申请", "第2步 受理", "第3步 审查", "第4步 决定", "第5步 送达"], steps);
        Assert.Contains("依据：《中华人民共和国行政许可法》第二十九条、第三十二条、第三十四条、第三十八条、第四十四条", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_item_cites_law_text()
    {
        var page = await portal.GetPageAsync(MedicalInstitutionSetUp);

        var bases = page.Document.QuerySelectorAll("ol.bases > li").ToList();
        Assert.Single(bases);
        Assert.Equal("《医疗机构管理条例》", bases[0].QuerySelector("cite")?.TextContent);
        Assert.Contains("第九条、第十二条", bases[0].TextContent, StringComparison.Ordinal);
        var paragraphs = bases[0].QuerySelectorAll(".law-text p").Select(paragraph => paragraph.TextContent).ToList();
        var text = string.Join("\n", paragraphs);
        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("第九条 单位或者个人设置医疗机构，必须经县级以上地方人民政府卫生行政部门审查批准，并取得设置医疗机构批准书。", text, StringComparison.Ordinal);
        Assert.Contains("第十二条 县级以上地方人民政府卫生行政部门应当自受理设置申请之日起30日内，作出批准或者不批准的书面答复", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_item_charges_no_fee()
    {
        var page = await portal.GetPageAsync(MedicalInstitutionSetUp);

        var fee = Element(page, "收费");
        Assert.StartsWith("不收费", fee.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("依据：《中华人民共和国行政许可法》第五十八条", fee.QuerySelector(".source")?.TextContent);
    }

    [Fact]
    public async Task Full_item_shows_working_day_explanation()
    {
        var page = await portal.GetPageAsync(MedicalInstitutionSetUp);

        Assert.Equal("期限按《中华人民共和国行政许可法》第八十二条以工作日计算，不含法定节假日", Element(page, "说明").TextContent);
    }

    [Fact]
    public async Task Item_lists_acceptance_conditions()
    {
        var page = await portal.GetPageAsync("/power-items/620100-XK-00065");

        var conditions = ListAfter(page, "受理条件");
        Assert.Equal("医疗机构执业登记", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal(6, conditions.Count);
        Assert.Contains("有设置医疗机构批准书", conditions[0], StringComparison.Ordinal);
        Assert.Contains("能够独立承担民事责任", conditions[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Procedure_step_keeps_bracketed_note()
    {
        var page = await portal.GetPageAsync("/power-items/620100-XK-00072");

        var steps = page.Document.QuerySelectorAll("ol.flowchart > li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["第1步 申请", "第2步 受理", "第3步 审查（含现场核查/查验）", "第4步 决定", "第5步 送达"], steps);
    }

    [Fact]
    public async Task Item_without_elements_lists_missing()
    {
        var page = await portal.GetPageAsync("/power-items/620100-XK-00001");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("企业投资项目核准", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            "要素待完善：本事项尚缺 法定办结时限、申请材料、办理流程、收费标准，部门正在补充。",
            page.Document.QuerySelector(".notice-incomplete")?.TextContent);
        Assert.Equal("未公布", Element(page, "法定办结时限").TextContent.Trim());
        Assert.Equal("未公布", Element(page, "收费").TextContent.Trim());
    }

    [Fact]
    public async Task Penalty_item_needs_no_application_elements()
    {
        var page = await portal.GetPageAsync("/power-items/620100-CF-00010");

        Assert.Equal("对未经设立登记从事经营活动的处罚", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Null(page.Document.QuerySelector(".notice-incomplete"));
        Assert.Equal("《中华人民共和国市场主体登记管理条例》", page.Document.QuerySelector("ol.bases cite")?.TextContent);
    }

    [Fact]
    public async Task Incomplete_item_is_badged_in_lists()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市发展和改革委员会");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}");

        var rows = page.Document.QuerySelectorAll("table.items tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows.Where(row => row.TextContent.Contains("-XK-", StringComparison.Ordinal)), row =>
            Assert.Equal("要素待完善", row.QuerySelector(".badge-incomplete")?.TextContent));
    }

    private static IElement Element(PageResponse page, string term)
    {
        var dt = page.Document.QuerySelectorAll("dl.elements > dt").First(dt => dt.TextContent == term);

        return dt.NextElementSibling!;
    }

    private static List<string> ListAfter(PageResponse page, string heading)
    {
        var h2 = page.Document.QuerySelectorAll("h2").Single(h2 => h2.TextContent == heading);
        var list = h2.NextElementSibling!;
        Assert.Equal("OL", list.TagName);

        return [.. list.Children.Select(li => li.TextContent.Trim())];
    }
}

public sealed class SqliteItemPageTests(SqlitePortalFixture portal) : ItemPageTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresItemPageTests(PostgresPortalFixture portal) : ItemPageTests(portal), IClassFixture<PostgresPortalFixture>;
