using System.Net;
using System.Text.RegularExpressions;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

public abstract partial class HomePageTests(PortalFixture portal)
{
    private const string SampleNotice = "示例数据：当前内容是依据国家法律法规整理的示例，不是兰州市官方公布的权责清单。";

    public static TheoryData<string> PublicPaths { get; } =
    [
        "/",
        "/power-list",
        "/power-list/620100",
        "/power-list/620123",
        "/power-items/620100-XK-00064",
        "/power-items/620100-CF-00010",
        "/search",
        "/search?q=%E9%A3%9F%E5%93%81",
        "/error?code=404",
        "/power-items/620100-XK-99999",
    ];

    [Fact]
    public async Task Home_shows_three_sections()
    {
        var page = await portal.GetPageAsync("/");

        var headings = page.Document.QuerySelectorAll(".section-card h2").Select(h2 => h2.TextContent.Trim()).ToList();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["阳光政务", "行政审批", "便民服务"], headings);
    }

    [Fact]
    public async Task Home_shows_total_of_142()
    {
        var page = await portal.GetPageAsync("/");

        var openGovernment = page.Document.QuerySelectorAll(".section-card")[0];
        Assert.Equal("142", openGovernment.QuerySelector("strong")?.TextContent);
        Assert.Contains("共 142 项公开事项", openGovernment.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_lists_nine_regions_with_counts()
    {
        var page = await portal.GetPageAsync("/");

        var regions = page.Document.QuerySelectorAll(".region-list li")
            .ToDictionary(li => li.QuerySelector(".name")!.TextContent.Trim(), li => li.QuerySelector(".count")!.TextContent);
        Assert.Equal(9, regions.Count);
        Assert.Equal("142", regions["兰州市"]);
        foreach (var county in new[] { "城关区", "七里河区", "西固区", "安宁区", "红古区", "永登县", "皋兰县", "榆中县" })
        {
            Assert.Equal("0", regions[county]);
        }

        var links = page.Document.QuerySelectorAll(".region-list a").Select(link => link.TextContent).ToList();
        Assert.Equal(["兰州市"], links);
    }

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Every_page_shows_sample_notice(string path)
    {
        var page = await portal.GetPageAsync(path);

        var notice = page.Document.QuerySelector(".sample-notice");
        Assert.NotNull(notice);
        Assert.Equal(SampleNotice, notice.TextContent.Trim());
    }

    [Fact]
    public async Task Department_page_shows_sample_notice()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}");

        Assert.Equal(SampleNotice, page.Document.QuerySelector(".sample-notice")?.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Pages_send_chinese_as_characters(string path)
    {
        var page = await portal.GetPageAsync(path);

        Assert.Equal("text/html", page.MediaType);
        Assert.Empty(NonAsciiEntities().Matches(page.Html));
        Assert.Contains("<title>", page.Html, StringComparison.Ordinal);
        Assert.Contains(" - 兰州市政务服务网</title>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_page_writes_names_unescaped()
    {
        var page = await portal.GetPageAsync("/power-items/620100-XK-00064");

        Assert.Contains("<h1>医疗机构设置审批</h1>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<dd>兰州市卫生健康委员会</dd>", page.Html, StringComparison.Ordinal);
    }

    /// <summary>Matches a numeric character reference above U+007F, such as &amp;#x5170; for 兰.</summary>
    [GeneratedRegex("&#x0*([89a-f][0-9a-f]|[0-9a-f]{3,});|&#0*(12[89]|1[3-9][0-9]|[2-9][0-9]{2}|[0-9]{4,});", RegexOptions.IgnoreCase)]
    private static partial Regex NonAsciiEntities();
}

public sealed class SqliteHomePageTests(SqlitePortalFixture portal) : HomePageTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresHomePageTests(PostgresPortalFixture portal) : HomePageTests(portal), IClassFixture<PostgresPortalFixture>;
