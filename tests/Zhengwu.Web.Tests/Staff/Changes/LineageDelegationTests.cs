using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// A city department delegates (下放) one of its powers to two counties: publication creates one county item per
/// county with a code of that county's registry, linked to the city item, which lists the counties on its page.
/// </summary>
public abstract class LineageDelegationTests(DraftPortalFixture portal)
{
    private const string FoodLicence = "食品经营许可";

    [Fact]
    public async Task Delegation_creates_county_items()
    {
        var cityCode = await portal.ItemCodeAsync(FoodLicence);
        using var officer = await portal.SignInAsync("delegate-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("delegate-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("delegate-reviewer", StaffRole.ReviewOfficeReviewer, LineageSteps.ReviewOffice);

        var draftId = await DraftPages.StartFromItemAsync(officer, cityCode);
        var opened = await LineageSteps.OpenAsync(officer, draftId, ChangeKind.Delegate, ("Counties", "620102"), ("Counties", "620103"));
        var requestId = LineageSteps.RequestIdOf(opened);
        await LineageSteps.PublishAsync(lead, reviewer, requestId);

        // The sample has no county items, so each county's licensing (XK) sequence starts at 1.
        var city = await ItemAsync(cityCode);
        var counties = await CountyItemsAsync(city.Id);
        Assert.Equal(["620102-XK-00001", "620103-XK-00001"], counties.Select(item => item.Code));
        Assert.Equal(["620102", "620103"], counties.Select(item => item.RegionCode));
        Assert.All(counties, item => Assert.Equal(city.Id, item.SourceItemId));
        Assert.All(counties, item => Assert.Equal(FoodLicence, item.Name));
        Assert.All(counties, item => Assert.Equal(PowerItemStatus.InForce, item.Status));
        Assert.All(counties, item => Assert.Equal("县级", item.ExerciseLevel));
        Assert.Equal(["城关区市场监督管理局", "七里河区市场监督管理局"], counties.Select(item => item.AgencyText));
        Assert.Equal(
            [await portal.DepartmentIdAsync("城关区市场监督管理局"), await portal.DepartmentIdAsync("七里河区市场监督管理局")],
            counties.Select(item => item.DepartmentId));

        foreach (var county in counties)
        {
            var versions = await VersionsAsync(county.Id);
            Assert.Equal([1], versions.Select(version => version.Number));
            Assert.Equal(ChangeKind.Delegate, versions[0].Kind);
            Assert.Equal(requestId, versions[0].ChangeRequestId);
        }

        // Two of Lanzhou's eight counties exercise it, so the city still exercises it for the other six.
        Assert.Equal("市县两级", city.ExerciseLevel);
        var cityVersions = await VersionsAsync(city.Id);
        Assert.Equal([1, 2], cityVersions.Select(version => version.Number));
        Assert.Equal(ChangeKind.Delegate, cityVersions[1].Kind);
        Assert.Equal(["620102", "620103"], await StoredCountiesAsync(requestId));
    }

    [Fact]
    public async Task City_page_lists_counties()
    {
        var cityCode = await portal.ItemCodeAsync("食品生产许可");
        using var officer = await portal.SignInAsync("pages-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("pages-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("pages-reviewer", StaffRole.ReviewOfficeReviewer, LineageSteps.ReviewOffice);
        var draftId = await DraftPages.StartFromItemAsync(officer, cityCode);
        var opened = await LineageSteps.OpenAsync(officer, draftId, ChangeKind.Delegate, ("Counties", "620121"), ("Counties", "620105"));
        await LineageSteps.PublishAsync(lead, reviewer, LineageSteps.RequestIdOf(opened));
        var countyCodes = (await CountyItemsAsync((await ItemAsync(cityCode)).Id)).Select(item => item.Code).ToList();

        var page = await officer.GetAsync($"/power-items/{cityCode}");
        var links = page.Document.QuerySelectorAll("section.county-items li a");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(countyCodes.Select(code => $"/power-items/{code}"), links.Select(link => link.GetAttribute("href")));
        Assert.StartsWith("安宁区", links[0].TextContent, StringComparison.Ordinal);
        Assert.StartsWith("永登县", links[1].TextContent, StringComparison.Ordinal);

        var countyPage = await officer.GetAsync($"/power-items/{countyCodes[0]}");
        Assert.Equal($"/power-items/{cityCode}", countyPage.Document.QuerySelector(".source-item a")?.GetAttribute("href"));

        using var client = portal.CreateClient();
        using var cityJson = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/power-items/{cityCode}", TestContext.Current.CancellationToken));
        using var countyJson = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/power-items/{countyCodes[0]}", TestContext.Current.CancellationToken));
        Assert.Equal(countyCodes, cityJson.RootElement.GetProperty("countyItemCodes").EnumerateArray().Select(code => code.GetString()));
        Assert.Equal(cityCode, countyJson.RootElement.GetProperty("sourceItemCode").GetString());
    }

    [Fact]
    public async Task Delegation_rejects_missing_department()
    {
        const string planning = "兰州市发展和改革委员会";
        using var officer = await portal.SignInAsync("planning-officer", StaffRole.ContentOfficer, planning);
        var draftId = await DraftPages.StartFromItemAsync(officer, (await portal.ItemCodesAsync(planning))[0]);

        var opened = await LineageSteps.OpenAsync(officer, draftId, ChangeKind.Delegate, ("Counties", "620122"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, opened.Status);
        Assert.Equal(
            ["皋兰县没有皋兰县发展和改革委员会，不能下放到皋兰县：请先由该县区建立对应部门，或不选皋兰县。"],
            DraftPages.Problems(opened));
        Assert.Null(await RequestOfDraftAsync(draftId));
    }

    [Fact]
    public async Task Delegation_rejects_bad_counties()
    {
        using var officer = await portal.SignInAsync("county-officer", StaffRole.ContentOfficer);
        var draftId = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync("特种设备使用登记"));
        (string County, string Message)[] cases =
        [
            ("", "请选择要下放到的县区，至少一个。"),
            ("620201", "“620201”不是本市所辖县区的行政区划代码，请从列表中选择县区。"),
            ("620100", "“620100”不是本市所辖县区的行政区划代码，请从列表中选择县区。"),
        ];

        foreach (var (county, message) in cases)
        {
            var opened = await LineageSteps.OpenAsync(officer, draftId, ChangeKind.Delegate, ("Counties", county));

            Assert.Equal(HttpStatusCode.UnprocessableEntity, opened.Status);
            Assert.Equal([message], DraftPages.Problems(opened));
        }

        Assert.Null(await RequestOfDraftAsync(draftId));
    }

    private Task<PowerItem> ItemAsync(string code) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItems.AsNoTracking().SingleAsync(item => item.Code == code));

    private async Task<List<PowerItem>> CountyItemsAsync(int cityItemId)
    {
        var items = await portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().PowerItems.AsNoTracking()
                .Where(item => item.SourceItemId == cityItemId)
                .ToListAsync());

        return [.. items.OrderBy(item => item.Code, StringComparer.Ordinal)];
    }

    private Task<List<Domain.PowerList.Versions.PowerItemVersion>> VersionsAsync(int itemId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItemVersions.AsNoTracking()
            .Where(version => version.PowerItemId == itemId)
            .OrderBy(version => version.Number)
            .ToListAsync());

    private Task<List<string>> StoredCountiesAsync(int requestId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ChangeRequests.AsNoTracking()
            .Where(request => request.Id == requestId)
            .Select(request => request.CountyCodes)
            .SingleAsync());

    private Task<ChangeRequest?> RequestOfDraftAsync(int draftId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ChangeRequests.AsNoTracking()
            .SingleOrDefaultAsync(request => request.DraftId == draftId));
}

public sealed class SqliteLineageDelegationTests(SqliteDraftPortalFixture portal)
    : LineageDelegationTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresLineageDelegationTests(PostgresDraftPortalFixture portal)
    : LineageDelegationTests(portal), IClassFixture<PostgresDraftPortalFixture>;
