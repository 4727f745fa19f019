using System.Net;
using System.Text.Json;
using Zhengwu.TestSupport;
using Zhengwu.Web.Tests.PowerList;

namespace Zhengwu.Web.Tests.Api.PowerList;

public abstract class PowerItemsApiTests(PortalFixture portal)
{
    [Fact]
    public async Task List_without_query_returns_all()
    {
        var page = await portal.GetJsonAsync("/api/v1/power-items");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("application/json", page.MediaType);
        Assert.Equal(142, page.Root.GetProperty("total").GetInt32());
        Assert.Equal(1, page.Root.GetProperty("page").GetInt32());
        Assert.Equal(20, page.Root.GetProperty("pageSize").GetInt32());
        Assert.Equal(20, page.ItemCodes().Count);
    }

    [Fact]
    public async Task Browse_orders_by_department_then_type()
    {
        // The sample file lists XK, XK, QT for 发展和改革委员会 and XK, XK, XK, GG, JF for 教育局. Within a department,
        // browsing sorts by type in the order 行政许可, …, 行政给付 (JF), …, 其他行政权力 (QT), 公共服务 (GG).
        var page = await portal.GetJsonAsync("/api/v1/power-items?pageSize=8");

        Assert.Equal(
            ["620100-XK-00001", "620100-XK-00002", "620100-QT-00001", "620100-XK-00003", "620100-XK-00004", "620100-XK-00005", "620100-JF-00001", "620100-GG-00001"],
            page.ItemCodes());
    }

    [Fact]
    public async Task List_entry_names_department_and_region()
    {
        var page = await portal.GetJsonAsync("/api/v1/power-items?pageSize=1");

        var first = page.Root.GetProperty("items")[0];
        Assert.Equal("企业投资项目核准", first.GetProperty("name").GetString());
        Assert.Equal("行政许可", first.GetProperty("typeName").GetString());
        Assert.Equal("兰州市发展和改革委员会", first.GetProperty("departmentName").GetString());
        Assert.Equal("620100", first.GetProperty("regionCode").GetString());
        Assert.Equal("兰州市", first.GetProperty("regionName").GetString());
        Assert.True(first.GetProperty("incomplete").GetBoolean());
    }

    [Fact]
    public async Task Item_returns_every_element()
    {
        var item = await portal.GetJsonAsync("/api/v1/power-items/620100-XK-00064");

        var root = item.Root;
        Assert.Equal(HttpStatusCode.OK, item.Status);
        Assert.Equal("医疗机构设置审批", root.GetProperty("name").GetString());
        Assert.Equal("行政许可", root.GetProperty("typeName").GetString());
        Assert.Equal("兰州市卫生健康委员会", root.GetProperty("departmentName").GetString());
        Assert.False(root.GetProperty("incomplete").GetBoolean());
        Assert.Equal(0, root.GetProperty("missingElements").GetArrayLength());
        Assert.Equal(30, root.GetProperty("statutoryTimeLimit").GetProperty("amount").GetInt32());
        Assert.Equal("自受理设置申请之日起30日内，作出批准或者不批准的书面答复", root.GetProperty("statutoryTimeLimit").GetProperty("text").GetString());
        Assert.False(root.GetProperty("fee").GetProperty("charged").GetBoolean());
        Assert.Equal(3, root.GetProperty("materials").GetArrayLength());
        Assert.Equal(["申请", "受理", "审查", "决定", "送达"], Strings(root.GetProperty("procedureSteps")));
    }

    [Fact]
    public async Task Item_legal_basis_carries_articles()
    {
        var item = await portal.GetJsonAsync("/api/v1/power-items/620100-XK-00064");

        var basis = Assert.Single(item.Root.GetProperty("legalBases").EnumerateArray());
        Assert.Equal("医疗机构管理条例", basis.GetProperty("title").GetString());
        Assert.Equal("第九条、第十二条", basis.GetProperty("articles").GetString());
        Assert.StartsWith("第九条 单位或者个人设置医疗机构", basis.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(basis.GetProperty("articlesFound").GetBoolean());
    }

    [Fact]
    public async Task Incomplete_item_lists_missing_elements()
    {
        var item = await portal.GetJsonAsync("/api/v1/power-items/620100-XK-00001");

        Assert.True(item.Root.GetProperty("incomplete").GetBoolean());
        Assert.Equal(["法定办结时限", "申请材料", "办理流程", "收费标准"], Strings(item.Root.GetProperty("missingElements")));
    }

    [Fact]
    public async Task Json_sends_chinese_as_characters()
    {
        var item = await portal.GetJsonAsync("/api/v1/power-items/620100-XK-00064");
        var list = await portal.GetJsonAsync("/api/v1/regions");

        Assert.Contains("\"name\":\"医疗机构设置审批\"", item.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", item.Body, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"兰州市\"", list.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", list.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regions_return_item_counts()
    {
        var regions = await portal.GetJsonAsync("/api/v1/regions");

        var counts = regions.Root.EnumerateArray().ToDictionary(region => region.GetProperty("code").GetString()!, region => region.GetProperty("itemCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, regions.Status);
        Assert.Equal(9, counts.Count);
        Assert.Equal(142, counts["620100"]);
        Assert.All(counts.Where(pair => pair.Key != "620100"), pair => Assert.Equal(0, pair.Value));
    }

    [Fact]
    public async Task City_departments_return_counts()
    {
        var departments = await portal.GetJsonAsync("/api/v1/regions/620100/departments");

        var counts = departments.Root.EnumerateArray().ToDictionary(entry => entry.GetProperty("name").GetString()!, entry => entry.GetProperty("itemCount").GetInt32());
        Assert.Equal(36, counts.Count);
        Assert.Equal(12, counts["兰州市市场监督管理局"]);
        Assert.Equal(13, counts["兰州市公安局"]);
        Assert.Equal(0, counts["兰州市政务服务中心"]);
        foreach (var (name, count) in counts)
        {
            Assert.Equal(BrowseTests.s_cityDepartmentCounts.GetValueOrDefault(name), count);
        }
    }

    [Fact]
    public async Task County_departments_have_no_items()
    {
        var departments = await portal.GetJsonAsync("/api/v1/regions/620102/departments");

        var entries = departments.Root.EnumerateArray().ToList();
        Assert.Equal(7, entries.Count);
        Assert.All(entries, entry => Assert.Equal(0, entry.GetProperty("itemCount").GetInt32()));
        Assert.All(entries, entry => Assert.StartsWith("城关区", entry.GetProperty("name").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_ranks_registration_penalty_first()
    {
        var page = await portal.GetJsonAsync("/api/v1/power-items?q=" + PortalRequests.Escape("营业执照"));

        Assert.Equal("对未经设立登记从事经营活动的处罚", page.Root.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Search_leads_with_food_names()
    {
        var page = await portal.GetJsonAsync("/api/v1/power-items?q=" + PortalRequests.Escape("食品"));

        Assert.Equal(SearchPageTests.s_foodItems.Order(), page.ItemCodes().Take(6).Order());
    }

    [Fact]
    public async Task Search_leads_with_construction_names()
    {
        var page = await portal.GetJsonAsync("/api/v1/power-items?q=" + PortalRequests.Escape("建设工程"));

        Assert.Equal(SearchPageTests.s_constructionItems.Order(), page.ItemCodes().Take(6).Order());
    }

    [Fact]
    public async Task Two_character_search_finds_passport()
    {
        var page = await portal.GetJsonAsync("/api/v1/power-items?q=" + PortalRequests.Escape("护照"));

        Assert.Equal(2, page.Root.GetProperty("total").GetInt32());
        Assert.Equal(["620100-XK-00014", "620100-QR-00001"], page.ItemCodes());
    }

    [Fact]
    public async Task Type_accepts_letters_and_names()
    {
        var letters = await portal.GetJsonAsync("/api/v1/power-items?type=XK&pageSize=1");
        var name = await portal.GetJsonAsync("/api/v1/power-items?type=" + PortalRequests.Escape("许可") + "&pageSize=1");
        var english = await portal.GetJsonAsync("/api/v1/power-items?type=Licensing&pageSize=1");

        Assert.Equal(81, letters.Root.GetProperty("total").GetInt32());
        Assert.Equal(81, name.Root.GetProperty("total").GetInt32());
        Assert.Equal(81, english.Root.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Pagination_returns_second_page()
    {
        var page = await portal.GetJsonAsync("/api/v1/power-items?type=XK&pageSize=5&page=2");

        Assert.Equal(81, page.Root.GetProperty("total").GetInt32());
        Assert.Equal(2, page.Root.GetProperty("page").GetInt32());
        Assert.Equal(5, page.Root.GetProperty("pageSize").GetInt32());
        Assert.Equal(["620100-XK-00006", "620100-XK-00007", "620100-XK-00008", "620100-XK-00009", "620100-XK-00010"], page.ItemCodes());
    }

    [Fact]
    public async Task Pagination_returns_last_page()
    {
        var last = await portal.GetJsonAsync("/api/v1/power-items?type=XK&pageSize=5&page=17");
        var beyond = await portal.GetJsonAsync("/api/v1/power-items?type=XK&pageSize=5&page=18");

        Assert.Equal(["620100-XK-00080"], last.ItemCodes());
        Assert.Equal(HttpStatusCode.OK, beyond.Status);
        Assert.Equal(81, beyond.Root.GetProperty("total").GetInt32());
        Assert.Empty(beyond.ItemCodes());
    }

    [Fact]
    public async Task Pages_do_not_overlap()
    {
        var codes = new List<string>();
        for (var number = 1; number <= 17; number++)
        {
            var page = await portal.GetJsonAsync($"/api/v1/power-items?type=XK&pageSize=5&page={number}");
            codes.AddRange(page.ItemCodes());
        }

        Assert.Equal(81, codes.Count);
        Assert.Equal(81, codes.Distinct().Count());
    }

    [Fact]
    public async Task Search_pages_do_not_overlap()
    {
        var first = await portal.GetJsonAsync("/api/v1/power-items?pageSize=5&q=" + PortalRequests.Escape("食品"));
        var second = await portal.GetJsonAsync("/api/v1/power-items?pageSize=5&page=2&q=" + PortalRequests.Escape("食品"));

        Assert.Equal(5, first.ItemCodes().Count);
        Assert.Empty(first.ItemCodes().Intersect(second.ItemCodes()));
        Assert.Equal(first.Root.GetProperty("total").GetInt32(), second.Root.GetProperty("total").GetInt32());
        Assert.Contains(second.ItemCodes()[0], SearchPageTests.s_foodItems);
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(entry => entry.GetString()!)];
}

public sealed class SqlitePowerItemsApiTests(SqlitePortalFixture portal) : PowerItemsApiTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresPowerItemsApiTests(PostgresPortalFixture portal) : PowerItemsApiTests(portal), IClassFixture<PostgresPortalFixture>;
