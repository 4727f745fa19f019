using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

/// <summary>
/// The region, department and type counts are kept per content version, so a saved change to an item shows in
/// every count at once. The sample has 142 city items. 兰州市市场监督管理局 has 12, 6 of them licensing items, one
/// of which is 食品经营许可 (620100-XK-00073). Classifying that item leaves 141, 11 and 5.
/// </summary>
public abstract class CountRefreshTests(PortalFixture portal)
{
    private const string FoodLicence = "620100-XK-00073";

    [Fact]
    public async Task Counts_follow_a_saved_change()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");
        var before = await CountsAsync(id);

        await ClassifyAsync(FoodLicence);
        var after = await CountsAsync(id);

        Assert.Equal("142", before.Home);
        Assert.Equal(142, before.City);
        Assert.Equal("共 12 项公开事项。", before.Department);
        Assert.Equal("行政许可 6", before.Licensing);
        Assert.Equal(12, before.ApiDepartment);
        Assert.Equal("141", after.Home);
        Assert.Equal(141, after.City);
        Assert.Equal("共 11 项公开事项。", after.Department);
        Assert.Equal("行政许可 5", after.Licensing);
        Assert.Equal(11, after.ApiDepartment);
    }

    private async Task<(string? Home, int City, string Department, string Licensing, int ApiDepartment)> CountsAsync(int id)
    {
        var home = await portal.GetPageAsync("/");
        var regions = await portal.GetJsonAsync("/api/v1/regions");
        var department = await portal.GetPageAsync($"/power-list/departments/{id}");
        var departments = await portal.GetJsonAsync("/api/v1/regions/620100/departments");
        var city = regions.Root.EnumerateArray().Single(region => region.GetProperty("code").GetString() == "620100");
        var market = departments.Root.EnumerateArray().Single(entry => entry.GetProperty("id").GetInt32() == id);
        var licensing = department.Document.QuerySelectorAll(".type-filter a")
            .Select(link => string.Join(' ', link.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Single(label => label.StartsWith("行政许可", StringComparison.Ordinal));
        var total = Regex.Match(department.Html, "共 [0-9]+ 项公开事项。", RegexOptions.None, TimeSpan.FromSeconds(1)).Value;

        return (
            home.Document.QuerySelector(".section-card strong")?.TextContent,
            city.GetProperty("itemCount").GetInt32(),
            total,
            licensing,
            market.GetProperty("itemCount").GetInt32());
    }

    private Task<int> ClassifyAsync(string code) => portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.SingleAsync(item => item.Code == code, TestContext.Current.CancellationToken);
        item.IsClassified = true;

        return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    });
}

public sealed class SqliteCountRefreshTests(SqlitePortalFixture portal)
    : CountRefreshTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresCountRefreshTests(PostgresPortalFixture portal)
    : CountRefreshTests(portal), IClassFixture<PostgresPortalFixture>;
