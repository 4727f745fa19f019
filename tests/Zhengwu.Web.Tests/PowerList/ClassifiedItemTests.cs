using System.Net;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

/// <summary>
/// Classified items stay out of every public page and API response. Two of the 142 sample items are classified,
/// both of 兰州市市场监督管理局 (12 items: 6 licensing, 2 penalty), leaving 140 public items, 10 in the
/// department, 5 licensing and 1 penalty.
/// </summary>
public abstract class ClassifiedItemTests(ClassifiedPortalFixture portal)
{
    private static readonly string[] s_classifiedCodes = [ClassifiedPortalFixture.ImportedCode, ClassifiedPortalFixture.FlaggedCode];

    [Fact]
    public async Task Home_total_leaves_classified_out()
    {
        var page = await portal.GetPageAsync("/");

        Assert.Equal("140", page.Document.QuerySelector(".section-card strong")?.TextContent);
    }

    [Fact]
    public async Task Region_counts_leave_classified_out()
    {
        var list = await portal.GetPageAsync("/power-list");
        var region = await portal.GetPageAsync("/power-list/620100");

        Assert.Equal("140", list.Document.QuerySelector("table.counts tbody tr td.num")?.TextContent);
        Assert.Contains("共 140 项公开事项。", region.Html, StringComparison.Ordinal);
        var market = region.Document.QuerySelectorAll("table.counts tbody tr").Single(row => row.TextContent.Contains("兰州市市场监督管理局", StringComparison.Ordinal));
        Assert.Equal("10", market.QuerySelector("td.num")?.TextContent);
    }

    [Fact]
    public async Task Department_page_leaves_classified_out()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}");

        Assert.Contains("共 10 项公开事项。", page.Html, StringComparison.Ordinal);
        Assert.Equal(10, page.ItemCodes().Count);
        Assert.Empty(page.ItemCodes().Intersect(s_classifiedCodes));
        Assert.DoesNotContain("食品经营许可", page.ItemNames());
        Assert.DoesNotContain("对未经设立登记从事经营活动的处罚", page.ItemNames());
        var labels = page.Document.QuerySelectorAll(".type-filter a").Select(link => string.Join(' ', link.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Assert.Equal(["全部 10", "行政许可 5", "行政处罚 1", "行政强制 2", "行政检查 1", "行政奖励 1"], labels);
    }

    [Fact]
    public async Task Department_type_filter_leaves_classified_out()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}?type=CF");

        Assert.Equal(["620100-CF-00009"], page.ItemCodes());
    }

    [Theory]
    [InlineData(ClassifiedPortalFixture.ImportedCode)]
    [InlineData(ClassifiedPortalFixture.FlaggedCode)]
    public async Task Item_page_returns_404(string code)
    {
        var page = await portal.GetPageAsync($"/power-items/{code}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("页面不存在", page.Document.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("食品经营许可", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("对未经设立登记", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClassifiedPortalFixture.ImportedCode)]
    [InlineData(ClassifiedPortalFixture.FlaggedCode)]
    public async Task Api_item_returns_404(string code)
    {
        var response = await portal.GetJsonAsync($"/api/v1/power-items/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
    }

    [Theory]
    [InlineData("食品经营许可")]
    [InlineData("营业执照")]
    [InlineData("设立登记")]
    [InlineData("食品")]
    public async Task Search_page_leaves_classified_out(string query)
    {
        var page = await portal.GetPageAsync("/search?pageSize=100&q=" + PortalRequests.Escape(query));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.ItemCodes().Intersect(s_classifiedCodes));
    }

    [Fact]
    public async Task Search_page_total_leaves_classified_out()
    {
        var page = await portal.GetPageAsync("/search");

        Assert.Equal("找到 140 项事项，第 1/7 页。", page.Document.QuerySelector(".result-count")?.TextContent);
    }

    [Fact]
    public async Task Food_search_counts_five_names()
    {
        var page = await portal.GetJsonAsync("/api/v1/power-items?q=" + PortalRequests.Escape("食品"));

        var names = page.Root.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()!).ToList();
        Assert.Equal(5, names.Count(name => name.Contains("食品", StringComparison.Ordinal)));
        Assert.All(names.Take(5), name => Assert.Contains("食品", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_list_leaves_classified_out()
    {
        var all = await portal.GetJsonAsync("/api/v1/power-items?pageSize=100");
        var rest = await portal.GetJsonAsync("/api/v1/power-items?pageSize=100&page=2");
        var licensing = await portal.GetJsonAsync("/api/v1/power-items?type=XK&pageSize=100");

        Assert.Equal(140, all.Root.GetProperty("total").GetInt32());
        Assert.Equal(140, all.ItemCodes().Count + rest.ItemCodes().Count);
        Assert.Empty(all.ItemCodes().Concat(rest.ItemCodes()).Intersect(s_classifiedCodes));
        Assert.Equal(80, licensing.Root.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Api_counts_leave_classified_out()
    {
        var regions = await portal.GetJsonAsync("/api/v1/regions");
        var departments = await portal.GetJsonAsync("/api/v1/regions/620100/departments");

        var city = regions.Root.EnumerateArray().Single(region => region.GetProperty("code").GetString() == "620100");
        var market = departments.Root.EnumerateArray().Single(entry => entry.GetProperty("name").GetString() == "兰州市市场监督管理局");
        Assert.Equal(140, city.GetProperty("itemCount").GetInt32());
        Assert.Equal(10, market.GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task Api_search_leaves_classified_out()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?pageSize=100&q=" + PortalRequests.Escape("营业执照"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.DoesNotContain(ClassifiedPortalFixture.FlaggedCode, response.ItemCodes());
    }
}

public sealed class SqliteClassifiedItemTests(SqliteClassifiedPortalFixture portal) : ClassifiedItemTests(portal), IClassFixture<SqliteClassifiedPortalFixture>;

public sealed class PostgresClassifiedItemTests(PostgresClassifiedPortalFixture portal) : ClassifiedItemTests(portal), IClassFixture<PostgresClassifiedPortalFixture>;
