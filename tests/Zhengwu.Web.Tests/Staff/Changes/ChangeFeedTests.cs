using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Zhengwu.Domain.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>The Atom feed of one department lists that department's published changes and no other's.</summary>
public abstract class ChangeFeedTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string PlanningDepartment = "兰州市发展和改革委员会";
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Department_feed_lists_own_changes()
    {
        using var reviewer = await portal.SignInAsync("feed-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var marketCode = await portal.ItemCodeAsync("食品安全违法行为举报奖励");
        var planningCode = await portal.ItemCodeAsync("企业投资项目核准");
        using (var officer = await portal.SignInAsync("feed-market-officer", StaffRole.ContentOfficer))
        using (var lead = await portal.SignInAsync("feed-market-lead", StaffRole.DepartmentLead))
        {
            await ChangePages.PublishElementChangeAsync(officer, lead, reviewer, marketCode, ("Elements.OfficeHours", "全天"));
        }

        using (var officer = await portal.SignInAsync("feed-planning-officer", StaffRole.ContentOfficer, PlanningDepartment))
        using (var lead = await portal.SignInAsync("feed-planning-lead", StaffRole.DepartmentLead, PlanningDepartment))
        {
            await ChangePages.PublishElementChangeAsync(officer, lead, reviewer, planningCode, ("Elements.OfficeHours", "全天"));
        }

        var market = await FeedAsync(await portal.DepartmentIdAsync(DraftPortalFixture.MarketDepartment));
        var planning = await FeedAsync(await portal.DepartmentIdAsync(PlanningDepartment));

        Assert.Equal([$"/power-items/{marketCode}/history?to=2"], Links(market));
        Assert.Equal([DraftPortalFixture.MarketDepartment], Authors(market));
        Assert.Equal([$"/power-items/{planningCode}/history?to=2"], Links(planning));
        Assert.Equal([PlanningDepartment], Authors(planning));
    }

    [Fact]
    public async Task Unknown_department_feed_is_problem()
    {
        var unknown = await portal.DepartmentIdAsync(PlanningDepartment) + 100_000;
        using var client = portal.CreateClient();

        using var response = await client.GetAsync($"/changes.atom?department={unknown}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("部门不存在", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(unknown.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<XDocument> FeedAsync(int departmentId)
    {
        using var client = portal.CreateClient();
        using var response = await client.GetAsync($"/changes.atom?department={departmentId}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);

        return XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Returns the path and query of each entry's link.</summary>
    private static List<string> Links(XDocument feed) =>
        [.. feed.Root!.Elements(s_atom + "entry")
            .Select(entry => new Uri(entry.Element(s_atom + "link")!.Attribute("href")!.Value).PathAndQuery)];

    private static List<string> Authors(XDocument feed) =>
        [.. feed.Root!.Elements(s_atom + "entry")
            .Select(entry => entry.Element(s_atom + "author")?.Element(s_atom + "name")?.Value ?? "")];
}

public sealed class SqliteChangeFeedTests(SqliteDraftPortalFixture portal)
    : ChangeFeedTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresChangeFeedTests(PostgresDraftPortalFixture portal)
    : ChangeFeedTests(portal), IClassFixture<PostgresDraftPortalFixture>;
