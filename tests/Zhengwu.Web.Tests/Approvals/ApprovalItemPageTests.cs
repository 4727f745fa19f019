using System.Net;
using AngleSharp.Dom;

namespace Zhengwu.Web.Tests.Approvals;

/// <summary>
/// The service guide of approval items. 620100-XK-00064 is 医疗机构设置审批, whose elements come from the first
/// row of lanzhou-power-items-full.csv; 620100-XK-00002 (固定资产投资项目节能审查) has no row there, so it lacks
/// time limits, fee, materials and procedure.
/// </summary>
public abstract class ApprovalItemPageTests(ApprovalPortalFixture portal)
{
    [Fact]
    public async Task Full_item_shows_guide_elements()
    {
        var page = await portal.GetPageAsync("/approvals/items/620100-XK-00064");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("医疗机构设置审批", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal("本事项可以申请办理。", page.Document.QuerySelector(".application-open")?.TextContent);
        Assert.Null(page.Document.QuerySelector(".application-barrier"));
        Assert.Equal("兰州市卫生健康委员会", Element(page, "实施机关"));
        Assert.Equal("30个工作日", Element(page, "法定办结时限"));
        Assert.Equal("不收费", Element(page, "收费标准"));
        Assert.Equal(["《医疗机构管理条例》第九条、第十二条"], Texts(page, "ol.bases li"));
        Assert.Equal(["申请", "受理", "审查", "决定", "送达"], Texts(page, "ol.flowchart li"));
    }

    [Fact]
    public async Task Full_item_lists_materials_without_forms()
    {
        var page = await portal.GetPageAsync("/approvals/items/620100-XK-00064");

        var rows = page.Document.QuerySelectorAll("table.materials tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToList())
            .ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("1", rows[0][0]);
        Assert.Contains("设置申请书", rows[0][1], StringComparison.Ordinal);
        Assert.Contains("选址报告和建筑设计平面图", rows[2][1], StringComparison.Ordinal);
        Assert.All(rows, row => Assert.Equal(["暂无", "暂无"], row[2..]));
    }

    [Fact]
    public async Task Lacking_elements_show_none()
    {
        var full = await portal.GetPageAsync("/approvals/items/620100-XK-00064");
        var bare = await portal.GetPageAsync("/approvals/items/620100-XK-00002");

        foreach (var term in new[] { "承办处室", "承诺办结时限", "到办事现场次数", "办公地址", "办公时间", "联系电话" })
        {
            Assert.Equal("暂无", Element(full, term));
        }

        Assert.Equal("暂无", full.Document.QuerySelector(".conditions-none")?.TextContent);
        Assert.Equal("暂无", full.Document.QuerySelector(".faq-none")?.TextContent);
        Assert.Equal("固定资产投资项目节能审查", bare.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal("暂无", Element(bare, "法定办结时限"));
        Assert.Equal("暂无", Element(bare, "收费标准"));
        Assert.Equal("暂无", bare.Document.QuerySelector(".materials-none")?.TextContent);
        Assert.Equal("暂无", bare.Document.QuerySelector(".procedure-none")?.TextContent);
    }

    [Fact]
    public async Task Suspended_item_says_why()
    {
        var page = await portal.GetPageAsync($"/approvals/items/{ApprovalPortalFixture.SuspendedCode}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(
            "事项“企业投资项目核准”暂停实施，暂不受理申请。请在该事项恢复实施后再申报，或拨打事项公布的电话咨询。",
            page.Document.QuerySelector(".application-barrier")?.TextContent);
        Assert.Null(page.Document.QuerySelector(".application-open"));
    }

    [Fact]
    public async Task Cancelled_item_says_why()
    {
        var page = await portal.GetPageAsync($"/approvals/items/{ApprovalPortalFixture.CancelledCode}");

        Assert.Equal(
            "事项“实施学前教育、学历教育及文化教育的民办学校设立审批”已取消，不再受理申请。请在权力清单中查找承继该事项的事项后再申报。",
            page.Document.QuerySelector(".application-barrier")?.TextContent);
    }

    [Fact]
    public async Task Penalty_item_says_why()
    {
        var page = await portal.GetPageAsync("/approvals/items/620100-CF-00009");

        Assert.Equal(
            "事项“对未取得食品生产经营许可从事食品生产经营活动的处罚”属于行政处罚，由行政机关依职权实施，不受理申请，无法在线申报。",
            page.Document.QuerySelector(".application-barrier")?.TextContent);
    }

    [Fact]
    public async Task Public_service_is_open()
    {
        var page = await portal.GetPageAsync("/approvals/items/620100-GG-00001");

        Assert.Equal("适龄儿童少年义务教育入学", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal("公共服务", page.Document.QuerySelector(".item-meta .badge")?.TextContent);
        Assert.NotNull(page.Document.QuerySelector(".application-open"));
    }

    [Theory]
    [InlineData(ApprovalPortalFixture.ClassifiedCode)]
    [InlineData("620100-XK-09999")]
    public async Task Classified_reads_as_unknown(string code)
    {
        var page = await portal.GetPageAsync($"/approvals/items/{code}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(
            $"未找到事项编码为“{code}”的公开事项，无法在线申报。请在权力清单中查找事项后再申报。",
            page.Document.QuerySelector(".application-barrier")?.TextContent);
        Assert.Null(page.Document.QuerySelector("dl.elements"));
    }

    [Fact]
    public async Task Malformed_code_is_shortened()
    {
        var page = await portal.GetPageAsync("/approvals/items/" + PortalRequests.Escape("<b>ABCDEFGHIJKLMNOPQRSTUVWXYZ"));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(
            "未找到事项编码为“<b>ABCDEFGHIJKLMNOPQ…”的公开事项，无法在线申报。请在权力清单中查找事项后再申报。",
            page.Document.QuerySelector(".application-barrier")?.TextContent);
        Assert.Null(page.Document.QuerySelector(".application-barrier b"));
    }

    private static string? Element(PageResponse page, string term)
    {
        var dt = page.Document.QuerySelectorAll("dl.elements dt").SingleOrDefault(dt => dt.TextContent == term);

        return dt?.NextElementSibling?.TextContent;
    }

    private static List<string> Texts(PageResponse page, string selector) =>
        [.. page.Document.QuerySelectorAll(selector).Select(element => element.TextContent.Trim())];
}

public sealed class SqliteApprovalItemPageTests(SqliteApprovalPortalFixture portal)
    : ApprovalItemPageTests(portal), IClassFixture<SqliteApprovalPortalFixture>;

public sealed class PostgresApprovalItemPageTests(PostgresApprovalPortalFixture portal)
    : ApprovalItemPageTests(portal), IClassFixture<PostgresApprovalPortalFixture>;
