using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

/// <summary>
/// The search page. Expected results follow the search rules: an item matches when its name, department,
/// agencies, legal basis titles, cited article text or remarks contain every query word or a synonym from
/// data/search-synonyms.csv, and a match in the name ranks first.
/// </summary>
public abstract class SearchPageTests(PortalFixture portal)
{
    /// <summary>The six items of lanzhou-power-items.csv with 食品 in their name.</summary>
    internal static readonly string[] s_foodItems =
    [
        "620100-XK-00073", "620100-XK-00074", "620100-CF-00009", "620100-QZ-00004", "620100-JC-00008", "620100-JL-00002",
    ];

    /// <summary>The six items of lanzhou-power-items.csv with 建设工程 in their name.</summary>
    internal static readonly string[] s_constructionItems =
    [
        "620100-XK-00023", "620100-CF-00002", "620100-XK-00033", "620100-XK-00034", "620100-JC-00003", "620100-JC-00004",
    ];

    [Fact]
    public async Task Business_licence_finds_registration_penalty()
    {
        var page = await Search("q=" + PortalRequests.Escape("营业执照"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("对未经设立登记从事经营活动的处罚", page.ItemNames()[0]);
        Assert.Equal("620100-CF-00010", page.ItemCodes()[0]);
    }

    [Fact]
    public async Task Food_query_leads_with_food_names()
    {
        var page = await Search("q=" + PortalRequests.Escape("食品"));

        Assert.True(page.ItemNames().Count >= 6, $"expected at least 6 results, got {page.ItemNames().Count}");
        Assert.All(page.ItemNames().Take(6), name => Assert.Contains("食品", name, StringComparison.Ordinal));
        Assert.Equal(s_foodItems.Order(), page.ItemCodes().Take(6).Order());
    }

    [Fact]
    public async Task Construction_query_leads_with_names()
    {
        var page = await Search("q=" + PortalRequests.Escape("建设工程"));

        Assert.True(page.ItemNames().Count >= 6, $"expected at least 6 results, got {page.ItemNames().Count}");
        Assert.All(page.ItemNames().Take(6), name => Assert.Contains("建设工程", name, StringComparison.Ordinal));
        Assert.Equal(s_constructionItems.Order(), page.ItemCodes().Take(6).Order());
    }

    [Fact]
    public async Task Two_character_query_finds_passport()
    {
        // 护照 is in the name of 普通护照签发 and in article 13 of 户口登记条例, which 户口迁移登记 cites.
        var page = await Search("q=" + PortalRequests.Escape("护照"));

        Assert.Equal(["620100-XK-00014", "620100-QR-00001"], page.ItemCodes());
        Assert.Equal("找到 2 项事项，第 1/1 页。", page.Document.QuerySelector(".result-count")?.TextContent);
    }

    [Fact]
    public async Task Matches_are_marked_in_names()
    {
        var page = await Search("q=" + PortalRequests.Escape("食品"));

        var first = page.Document.QuerySelector("table.items tbody tr td:first-child a");
        Assert.NotNull(first);
        Assert.Equal("食品", first.QuerySelector("mark")?.TextContent);
        Assert.Contains("<mark>食品</mark>", first.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synonym_matches_are_marked()
    {
        var page = await Search("q=" + PortalRequests.Escape("营业执照"));

        var first = page.Document.QuerySelector("table.items tbody tr td:first-child a");
        Assert.Equal("设立登记", first?.QuerySelector("mark")?.TextContent);
    }

    [Fact]
    public async Task Type_filter_counts_penalties()
    {
        var page = await Search("type=CF");

        Assert.Equal("找到 10 项事项，第 1/1 页。", page.Document.QuerySelector(".result-count")?.TextContent);
        Assert.Equal(10, page.ItemCodes().Count);
        Assert.All(page.ItemCodes(), code => Assert.Contains("-CF-", code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_and_type_filter_combine()
    {
        var page = await Search("q=" + PortalRequests.Escape("食品") + "&type=" + PortalRequests.Escape("行政奖励"));

        Assert.Equal(["620100-JL-00002"], page.ItemCodes());
        Assert.Equal(["食品安全违法行为举报奖励"], page.ItemNames());
    }

    [Fact]
    public async Task Department_filter_limits_results()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");

        var page = await Search($"department={id}&type=CF");

        Assert.Equal(["620100-CF-00009", "620100-CF-00010"], page.ItemCodes());
    }

    [Fact]
    public async Task County_filter_finds_nothing()
    {
        var page = await Search("region=620102&q=" + PortalRequests.Escape("许可"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("找到 0 项事项。", page.Document.QuerySelector(".result-count")?.TextContent);
        Assert.Equal("没有符合条件的事项。", page.Document.QuerySelector("p.empty")?.TextContent);
    }

    [Fact]
    public async Task Pagination_counts_licensing_pages()
    {
        var page = await Search("type=XK&pageSize=5");

        Assert.Equal("找到 81 项事项，第 1/17 页。", page.Document.QuerySelector(".result-count")?.TextContent);
        Assert.Equal(["620100-XK-00001", "620100-XK-00002", "620100-XK-00003", "620100-XK-00004", "620100-XK-00005"], page.ItemCodes());
        Assert.Equal("/search?type=XK&pageSize=5&page=2", page.Document.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Null(page.Document.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public async Task Second_page_continues_department_order()
    {
        var page = await Search("type=XK&pageSize=5&page=2");

        Assert.Equal(["620100-XK-00006", "620100-XK-00007", "620100-XK-00008", "620100-XK-00009", "620100-XK-00010"], page.ItemCodes());
        Assert.Equal("/search?type=XK&pageSize=5&page=1", page.Document.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Last_page_holds_forestry_item()
    {
        // Browsing orders by department as lanzhou-departments.csv lists them: 市体育局 (XK-00081) comes
        // before 市林业局 (XK-00079, XK-00080), so the 81st licensing item is XK-00080.
        var page = await Search("type=XK&pageSize=5&page=17");

        Assert.Equal(["620100-XK-00080"], page.ItemCodes());
        Assert.Equal("临时使用林地审批", page.ItemNames()[0]);
        Assert.Null(page.Document.QuerySelector(".pager a[rel=next]"));
        Assert.Equal("第 17 页，共 17 页", page.Document.QuerySelector(".pager span")?.TextContent);
    }

    [Fact]
    public async Task Page_past_end_lists_nothing()
    {
        var page = await Search("type=XK&pageSize=5&page=18");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.ItemCodes());
        Assert.Equal("没有符合条件的事项。", page.Document.QuerySelector("p.empty")?.TextContent);
    }

    [Fact]
    public async Task Script_query_is_encoded()
    {
        const string Script = "<script>alert(1)</script>";

        var page = await Search("q=" + PortalRequests.Escape(Script));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Script, page.Document.QuerySelector("input#q")?.GetAttribute("value"));
        Assert.Equal("检索：<script>alert(1)</script> - 兰州市政务服务网", page.Document.Title);
        Assert.Equal("找到 0 项事项。", page.Document.QuerySelector(".result-count")?.TextContent);
    }

    [Fact]
    public async Task Sql_like_query_finds_nothing()
    {
        var page = await Search("q=" + PortalRequests.Escape("' OR 1=1 --"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("找到 0 项事项。", page.Document.QuerySelector(".result-count")?.TextContent);
    }

    [Fact]
    public async Task Empty_query_lists_every_item()
    {
        var page = await Search("");

        Assert.Equal("找到 142 项事项，第 1/8 页。", page.Document.QuerySelector(".result-count")?.TextContent);
        Assert.Equal(20, page.ItemCodes().Count);
    }

    [Theory]
    [InlineData("page=0", "0")]
    [InlineData("page=-1", "-1")]
    [InlineData("page=abc", "abc")]
    [InlineData("page=99999999", "99999999")]
    public async Task Invalid_page_number_is_rejected(string query, string value)
    {
        var page = await Search(query);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal($"页码应为1到100000之间的整数，收到“{value}”。", ErrorMessages(page).Single());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000")]
    public async Task Invalid_page_size_is_rejected(string size)
    {
        var page = await Search("pageSize=" + size);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal($"每页条数应为1到100之间的整数，收到“{size}”。", ErrorMessages(page).Single());
    }

    [Fact]
    public async Task Overlong_query_names_limit()
    {
        var page = await Search("q=" + PortalRequests.Escape(new string('食', 101)));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("检索词过长（101个字符）：请不超过100个字符。", ErrorMessages(page).Single());
        Assert.Empty(page.ItemCodes());
    }

    [Fact]
    public async Task Query_of_100_characters_is_accepted()
    {
        var page = await Search("q=" + PortalRequests.Escape(new string('食', 100)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("找到 0 项事项。", page.Document.QuerySelector(".result-count")?.TextContent);
    }

    [Fact]
    public async Task Unknown_type_lists_valid_types()
    {
        var page = await Search("type=ZZ");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.StartsWith("权力类型“ZZ”无效：可用 行政许可（XK）、行政处罚（CF）", ErrorMessages(page).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_region_is_rejected()
    {
        var page = await Search("region=" + PortalRequests.Escape("' OR 1=1 --"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("地区代码“' OR 1=1 --”无效：应为6位行政区划代码，例如 620100。", ErrorMessages(page).Single());
    }

    [Fact]
    public async Task Unknown_region_is_named()
    {
        var page = await Search("region=999999");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("999999", string.Join("", ErrorMessages(page)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_department_is_named()
    {
        var page = await Search("department=999999");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("999999", string.Join("", ErrorMessages(page)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_numeric_department_is_rejected()
    {
        var page = await Search("department=" + PortalRequests.Escape("1 OR 1=1"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("部门编号应为正整数，收到“1 OR 1=1”。", ErrorMessages(page).Single());
    }

    [Fact]
    public async Task Added_region_offered_in_form()
    {
        var before = await Search("q=" + PortalRequests.Escape("户口"));
        await portal.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ZhengwuDbContext>();
            db.Regions.Add(new Region("620199", "试点新区", RegionLevel.County, "620100"));

            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var after = await Search("pageSize=19&q=" + PortalRequests.Escape("户口"));

        // The sample set has the city and its eight counties; the added county sorts last by level and code.
        Assert.Equal(9, RegionOptions(before).Count);
        Assert.Equal(10, RegionOptions(after).Count);
        Assert.Equal("620199 试点新区", RegionOptions(after)[^1]);
    }

    private static List<string> RegionOptions(PageResponse page) =>
    [
        .. page.Document.QuerySelectorAll("#region option")
            .Where(option => option.GetAttribute("value") is { Length: > 0 })
            .Select(option => option.GetAttribute("value") + " " + option.TextContent),
    ];

    private Task<PageResponse> Search(string query) => portal.GetPageAsync("/search?" + query);

    private static List<string> ErrorMessages(PageResponse page) =>
        [.. page.Document.QuerySelectorAll(".error-summary li").Select(li => li.TextContent)];
}

public sealed class SqliteSearchPageTests(SqlitePortalFixture portal) : SearchPageTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresSearchPageTests(PostgresPortalFixture portal) : SearchPageTests(portal), IClassFixture<PostgresPortalFixture>;
