using System.Net;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

public abstract class BrowseTests(PortalFixture portal)
{
    /// <summary>Items per department, counted from the 主管部门 column of lanzhou-power-items.csv (142 rows).</summary>
    internal static readonly Dictionary<string, int> s_cityDepartmentCounts = new(StringComparer.Ordinal)
    {
        ["兰州市公安局"] = 13,
        ["兰州市市场监督管理局"] = 12,
        ["兰州市人力资源和社会保障局"] = 11,
        ["兰州市住房和城乡建设局"] = 11,
        ["兰州市卫生健康委员会"] = 10,
        ["兰州市自然资源局"] = 9,
        ["兰州市交通运输局"] = 9,
        ["兰州市农业农村局"] = 8,
        ["兰州市民政局"] = 7,
        ["兰州市城市管理局"] = 7,
        ["兰州市生态环境局"] = 6,
        ["兰州市应急管理局"] = 6,
        ["兰州市教育局"] = 5,
        ["兰州市水务局"] = 5,
        ["兰州市文化和旅游局"] = 5,
        ["兰州市发展和改革委员会"] = 3,
        ["兰州市林业局"] = 3,
        ["兰州市财政局"] = 2,
        ["兰州市医疗保障局"] = 2,
        ["兰州住房公积金管理中心"] = 2,
        ["兰州市司法局"] = 1,
        ["兰州市商务局"] = 1,
        ["兰州市退役军人事务局"] = 1,
        ["兰州市体育局"] = 1,
        ["兰州市统计局"] = 1,
        ["兰州市审计局"] = 1,
    };

    [Fact]
    public async Task Region_list_shows_item_counts()
    {
        var page = await portal.GetPageAsync("/power-list");

        var rows = page.Document.QuerySelectorAll("table.counts tbody tr")
            .Select(row => new[]
            {
                row.QuerySelector(".name")!.TextContent.Trim(),
                row.QuerySelectorAll("td")[0].TextContent.Trim(),
                row.QuerySelectorAll("td")[1].TextContent.Trim(),
            })
            .ToList();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(9, rows.Count);
        Assert.Equal(["兰州市", "620100", "142"], rows[0]);
        Assert.Equal(["城关区", "620102", "0"], rows[1]);
        Assert.Equal(["榆中县", "620123", "0"], rows[8]);
        Assert.All(rows.Skip(1), row => Assert.Equal("0", row[2]));
    }

    [Fact]
    public async Task City_page_shows_department_counts()
    {
        var page = await portal.GetPageAsync("/power-list/620100");

        var rows = page.Document.QuerySelectorAll("table.counts tbody tr")
            .Select(row => (Name: row.QuerySelector(".name")!.TextContent.Trim(), Count: int.Parse(row.QuerySelector("td.num")!.TextContent, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("共 142 项公开事项。", page.Document.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(36, rows.Count);
        Assert.Equal(142, rows.Sum(row => row.Count));
        foreach (var (name, count) in rows)
        {
            Assert.Equal(s_cityDepartmentCounts.GetValueOrDefault(name), count);
        }

        Assert.All(rows.Take(26), row => Assert.True(row.Count > 0, $"{row.Name} has no items but is listed before departments with items"));
        Assert.All(rows.Skip(26), row => Assert.Equal(0, row.Count));
    }

    [Fact]
    public async Task City_departments_keep_file_order()
    {
        var page = await portal.GetPageAsync("/power-list/620100");

        var names = page.Document.QuerySelectorAll("table.counts tbody tr .name").Select(name => name.TextContent.Trim()).ToList();
        Assert.Equal(["兰州市发展和改革委员会", "兰州市教育局", "兰州市公安局"], names.Take(3));
        Assert.Equal("兰州住房公积金管理中心", names[25]);
        Assert.Equal("兰州市工业和信息化局", names[26]);
        Assert.Equal("兰州市政务服务中心", names[31]);
    }

    [Fact]
    public async Task County_page_shows_zero_items()
    {
        var page = await portal.GetPageAsync("/power-list/620123");

        var counts = page.Document.QuerySelectorAll("table.counts tbody tr td.num").Select(cell => cell.TextContent).ToList();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("榆中县权责清单", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("共 0 项公开事项。", page.Html, StringComparison.Ordinal);
        Assert.Equal(7, counts.Count);
        Assert.All(counts, count => Assert.Equal("0", count));
    }

    [Fact]
    public async Task Market_regulation_shows_type_counts()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("兰州市市场监督管理局", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("共 12 项公开事项。", page.Html, StringComparison.Ordinal);
        Assert.Equal(
            ["全部 12", "行政许可 6", "行政处罚 2", "行政强制 2", "行政检查 1", "行政奖励 1"],
            TypeFilterLabels(page));
        Assert.Equal(12, page.ItemCodes().Count);
        Assert.Equal("620100-XK-00073", page.ItemCodes()[0]);
        Assert.Equal("620100-JL-00002", page.ItemCodes()[^1]);
    }

    [Fact]
    public async Task Police_type_counts_follow_type_order()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市公安局");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}");

        Assert.Equal(["全部 13", "行政许可 9", "行政处罚 1", "行政强制 1", "行政确认 2"], TypeFilterLabels(page));
    }

    [Fact]
    public async Task Type_filter_lists_licensing_items()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}?type=XK");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(
            ["620100-XK-00073", "620100-XK-00074", "620100-XK-00075", "620100-XK-00076", "620100-XK-00077", "620100-XK-00078"],
            page.ItemCodes());
        Assert.Equal("行政许可 6", page.Document.QuerySelector(".type-filter a[aria-current=page]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Type_filter_accepts_chinese_name()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}?type={PortalRequests.Escape("行政处罚")}");

        Assert.Equal(["620100-CF-00009", "620100-CF-00010"], page.ItemCodes());
        Assert.Equal(["对未取得食品生产经营许可从事食品生产经营活动的处罚", "对未经设立登记从事经营活动的处罚"], page.ItemNames());
    }

    [Fact]
    public async Task Department_pages_split_police_items()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市公安局");
        var whole = await portal.GetPageAsync($"/power-list/departments/{id}?pageSize=100");

        var first = await portal.GetPageAsync($"/power-list/departments/{id}?pageSize=5");
        var second = await portal.GetPageAsync($"/power-list/departments/{id}?page=2&pageSize=5");
        var third = await portal.GetPageAsync($"/power-list/departments/{id}?page=3&pageSize=5");

        // 13 items in pages of 5: 5, 5 and 3. The last page contains 行政强制 1 and 行政确认 2, the last types.
        Assert.Equal(13, whole.ItemCodes().Count);
        Assert.Equal(5, first.ItemCodes().Count);
        Assert.Equal(5, second.ItemCodes().Count);
        Assert.Equal(3, third.ItemCodes().Count);
        Assert.Equal(whole.ItemCodes(), [.. first.ItemCodes(), .. second.ItemCodes(), .. third.ItemCodes()]);
        Assert.Equal("第 1 页，共 3 页", first.Document.QuerySelector("nav.pager span")?.TextContent);
        Assert.Null(first.Document.QuerySelector("nav.pager a[rel=prev]"));
        Assert.Equal($"/power-list/departments/{id}?page=2&pageSize=5", first.Document.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal($"/power-list/departments/{id}?page=2&pageSize=5", third.Document.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(third.Document.QuerySelector("nav.pager a[rel=next]"));
    }

    [Fact]
    public async Task Department_page_keeps_type_filter()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");

        var second = await portal.GetPageAsync($"/power-list/departments/{id}?type=XK&page=2&pageSize=4");
        var beyond = await portal.GetPageAsync($"/power-list/departments/{id}?type=XK&page=9&pageSize=4");

        // Six licensing items, 620100-XK-00073 to 00078, in pages of 4: the second page contains the last two.
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(["620100-XK-00077", "620100-XK-00078"], second.ItemCodes());
        Assert.Equal($"/power-list/departments/{id}?type=XK&page=1&pageSize=4", second.Document.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(["620100-XK-00077", "620100-XK-00078"], beyond.ItemCodes());
        Assert.Equal("第 2 页，共 2 页", beyond.Document.QuerySelector("nav.pager span")?.TextContent);
    }

    [Fact]
    public async Task Department_page_of_fifty_has_no_pager()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}");

        Assert.Equal(12, page.ItemCodes().Count);
        Assert.Null(page.Document.QuerySelector("nav.pager"));
    }

    [Fact]
    public async Task Department_without_items_shows_empty_list()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市政务服务中心");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("共 0 项公开事项。", page.Html, StringComparison.Ordinal);
        Assert.Equal(["全部 0"], TypeFilterLabels(page));
        Assert.Equal("没有符合条件的事项。", page.Document.QuerySelector("p.empty")?.TextContent);
    }

    [Fact]
    public async Task Department_links_reach_item_pages()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市卫生健康委员会");
        var department = await portal.GetPageAsync($"/power-list/departments/{id}?type=XK");

        var link = department.Document.QuerySelectorAll("table.items a").Single(a => a.TextContent == "医疗机构设置审批");
        var item = await portal.GetPageAsync(link.GetAttribute("href")!);

        Assert.Equal("/power-items/620100-XK-00064", link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, item.Status);
        Assert.Equal("医疗机构设置审批", item.Document.QuerySelector("h1")?.TextContent);
    }

    private static List<string> TypeFilterLabels(PageResponse page) =>
        [.. page.Document.QuerySelectorAll(".type-filter a").Select(link => string.Join(' ', link.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))];
}

public sealed class SqliteBrowseTests(SqlitePortalFixture portal) : BrowseTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresBrowseTests(PostgresPortalFixture portal) : BrowseTests(portal), IClassFixture<PostgresPortalFixture>;
