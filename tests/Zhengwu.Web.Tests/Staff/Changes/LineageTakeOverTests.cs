using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// County departments take over (承接) city items the city put up for county exercise, and adapt them later, each
/// through the county's own review office. The city review office can neither open nor act on county requests.
/// </summary>
public abstract class LineageTakeOverTests(DraftPortalFixture portal)
{
    private const string ChengguanMarket = "城关区市场监督管理局";
    private const string ChengguanOffice = "城关区行政审批制度改革工作领导小组办公室";
    private const string QiliheMarket = "七里河区市场监督管理局";
    private const string QiliheOffice = "七里河区行政审批制度改革工作领导小组办公室";
    private const string XiguMarket = "西固区市场监督管理局";
    private const string XiguOffice = "西固区行政审批制度改革工作领导小组办公室";
    private const string YuzhongMarket = "榆中县市场监督管理局";
    private const string YuzhongOffice = "榆中县行政审批制度改革工作领导小组办公室";

    [Fact]
    public async Task Take_over_creates_linked_county_item()
    {
        var cityCode = await CityCodeAsync("食品生产许可");
        var pharmacyCode = await CityCodeAsync("药品零售企业经营许可");
        var city = await ItemAsync(cityCode);
        using var officer = await portal.SignInAsync("takeover-officer", StaffRole.ContentOfficer, ChengguanMarket);
        using var lead = await portal.SignInAsync("takeover-lead", StaffRole.DepartmentLead, ChengguanMarket);
        using var countyReviewer = await portal.SignInAsync("takeover-county-reviewer", StaffRole.ReviewOfficeReviewer, ChengguanOffice);
        using var cityReviewer = await portal.SignInAsync("takeover-city-reviewer", StaffRole.ReviewOfficeReviewer, LineageSteps.ReviewOffice);

        // Of the market bureau's twelve sample items, only these two note 市县两级 in their remarks.
        var offers = await officer.GetAsync("/staff/power-items/take-over");
        Assert.Equal(
            new[] { cityCode, pharmacyCode }.Order(StringComparer.Ordinal),
            offers.Document.QuerySelectorAll("table.take-over-sources tr[data-code]").Select(row => row.GetAttribute("data-code")));

        var draftId = DraftPages.DraftIdOf(await officer.SubmitAsync("/staff/power-items/take-over", ("itemCode", cityCode)));
        var draftList = await officer.GetAsync("/staff/drafts");
        Assert.Equal([$"承接 {cityCode}"], draftList.Document.QuerySelectorAll("td.code").Select(cell => cell.TextContent));
        var draftPage = await officer.GetAsync($"/staff/drafts/{draftId}");
        Assert.Equal(ChengguanMarket, DraftPages.ValueOf(draftPage, "Elements.AgencyText"));
        Assert.Equal("县级", DraftPages.ValueOf(draftPage, "Elements.ExerciseLevel"));
        Assert.Equal(
            [nameof(ChangeKind.TakeOver)],
            draftPage.Document.QuerySelectorAll("#kind option").Select(option => option.GetAttribute("value")));
        (await DraftPages.EditAsync(officer, draftId, ("Elements.HandlingDivision", "食品生产监管科")))
            .RequireRedirect($"/staff/drafts/{draftId}?saved=1");
        var id = await ChangePages.OpenAsync(officer, draftId, ChangeKind.TakeOver, ChangeReason.DelegatedFromAbove);
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(lead, id, ChangeTrigger.Submit)).Status);

        await AssertCityOfficeCannotActAsync(cityReviewer, "takeover-city-reviewer", id);
        var reviewPage = await countyReviewer.GetAsync($"/staff/changes/{id}");
        Assert.Equal("审改办审核中", ChangePages.StatusOf(reviewPage));
        Assert.Equal($"/power-items/{cityCode}", reviewPage.Document.QuerySelector(".source-code a")?.GetAttribute("href"));
        Assert.Contains("食品生产监管科", reviewPage.Document.QuerySelector("table.diff tr[data-label='承办处室'] td.after")?.TextContent, StringComparison.Ordinal);
        await PublishAtCountyAsync(countyReviewer, id, "城关区人民政府第3次常务会议");

        // The sample has no county items, so 城关区's licensing (XK) sequence starts at 1.
        var county = await ItemAsync("620102-XK-00001");
        Assert.Equal(("620102", city.Id, PowerItemStatus.InForce), (county.RegionCode, county.SourceItemId, county.Status));
        Assert.Equal(await portal.DepartmentIdAsync(ChengguanMarket), county.DepartmentId);
        Assert.Equal(ChengguanMarket, county.AgencyText);
        Assert.Equal("县级", county.ExerciseLevel);
        Assert.Equal("食品生产监管科", county.HandlingDivision);
        Assert.Equal(city.Name, county.Name);
        Assert.Equal(city.LegalBasisText, county.LegalBasisText);
        var versions = await VersionsAsync(county.Id);
        Assert.Equal([(1, ChangeKind.TakeOver)], versions.Select(version => (version.Number, version.Kind!.Value)));
        Assert.Equal(ChengguanOffice, versions[0].ApprovedBy);
        Assert.Equal("城关区人民政府第3次常务会议", versions[0].GovernmentDecision?.Meeting);
        Assert.Equal("区政发〔2020〕8号", versions[0].GovernmentDecision?.DocumentNumber);
        var request = await RequestAsync(id);
        Assert.Equal((county.Id, city.Id), (request.PowerItemId, request.SourceItemId));

        // The city item is the city's: the take-over writes no version of it and leaves its exercise level.
        Assert.Empty(await VersionsAsync(city.Id));
        Assert.Equal("市县两级", (await ItemAsync(cityCode)).ExerciseLevel);

        var cityPage = await officer.GetAsync($"/power-items/{cityCode}");
        var links = cityPage.Document.QuerySelectorAll("section.county-items li a");
        Assert.Equal(["/power-items/620102-XK-00001"], links.Select(link => link.GetAttribute("href")));
        Assert.StartsWith("城关区", links[0].TextContent, StringComparison.Ordinal);
        var countyPage = await officer.GetAsync("/power-items/620102-XK-00001");
        Assert.Equal($"/power-items/{cityCode}", countyPage.Document.QuerySelector(".source-item a")?.GetAttribute("href"));
        using var client = portal.CreateClient();
        using var cityJson = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/power-items/{cityCode}", TestContext.Current.CancellationToken));
        Assert.Equal(["620102-XK-00001"], cityJson.RootElement.GetProperty("countyItemCodes").EnumerateArray().Select(code => code.GetString()));

        var offersAfter = await officer.GetAsync("/staff/power-items/take-over");
        Assert.Equal(
            [pharmacyCode],
            offersAfter.Document.QuerySelectorAll("table.take-over-sources tr[data-code]").Select(row => row.GetAttribute("data-code")));
        var again = await officer.SubmitAsync("/staff/power-items/take-over", ("itemCode", cityCode));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Equal($"城关区已实施事项 {cityCode}，不能重复承接。如需修改，请在本部门事项中起草要素变更。", again.Error);
    }

    [Fact]
    public async Task Take_over_rejects_other_items()
    {
        var equipmentCode = await CityCodeAsync("特种设备使用登记");
        var planningCode = (await portal.ItemCodesAsync("兰州市发展和改革委员会"))[0];
        var foodCode = await CityCodeAsync("食品生产许可");
        using var officer = await portal.SignInAsync("refused-officer", StaffRole.ContentOfficer, ChengguanMarket);
        using var cityOfficer = await portal.SignInAsync("refused-city-officer", StaffRole.ContentOfficer);
        var draftsBefore = (await portal.ReadDraftsAsync()).Count;

        var notOffered = await officer.SubmitAsync("/staff/power-items/take-over", ("itemCode", equipmentCode));
        var otherDepartment = await officer.SubmitAsync("/staff/power-items/take-over", ("itemCode", planningCode));
        var missing = await officer.SubmitAsync("/staff/power-items/take-over", ("itemCode", "620100-XK-99999"));
        var malformed = await officer.SubmitAsync("/staff/power-items/take-over", ("itemCode", "620100-XK-1"));
        var byCity = await cityOfficer.SubmitAsync("/staff/power-items/take-over", ("itemCode", foodCode));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, notOffered.Status);
        Assert.Equal($"事项 {equipmentCode} 既未下放到县区，行使层级也不含县级，不能承接。请选择市级已确定由县区行使的事项。", notOffered.Error);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherDepartment.Status);
        Assert.Equal($"事项 {planningCode} 不属于与城关区市场监督管理局对应的市级部门，只能承接对应市级部门的事项。", otherDepartment.Error);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.NotFound, malformed.Status);
        Assert.Equal(HttpStatusCode.NotFound, byCity.Status);
        var cityRecords = await portal.ReadRecordsAsync("refused-city-officer");
        Assert.Equal(
            [(AuditActions.AccessDenied, AuditResult.Denied, "power-item", foodCode)],
            cityRecords.Where(record => record.ObjectType == "power-item")
                .Select(record => (record.Action, record.Result, record.ObjectType, record.ObjectId)));
        Assert.Equal(draftsBefore, (await portal.ReadDraftsAsync()).Count);
    }

    [Fact]
    public async Task County_adaptation_goes_to_county_office()
    {
        var cityCode = await CityCodeAsync("药品零售企业经营许可");
        using var officer = await portal.SignInAsync("adapt-officer", StaffRole.ContentOfficer, QiliheMarket);
        using var lead = await portal.SignInAsync("adapt-lead", StaffRole.DepartmentLead, QiliheMarket);
        using var countyReviewer = await portal.SignInAsync("adapt-county-reviewer", StaffRole.ReviewOfficeReviewer, QiliheOffice);
        using var cityReviewer = await portal.SignInAsync("adapt-city-reviewer", StaffRole.ReviewOfficeReviewer, LineageSteps.ReviewOffice);
        var takeOverDraft = DraftPages.DraftIdOf(await officer.SubmitAsync("/staff/power-items/take-over", ("itemCode", cityCode)));
        var takeOver = await ChangePages.OpenAsync(officer, takeOverDraft, ChangeKind.TakeOver, ChangeReason.DelegatedFromAbove);
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(lead, takeOver, ChangeTrigger.Submit)).Status);
        await PublishAtCountyAsync(countyReviewer, takeOver, "七里河区人民政府第2次常务会议");
        const string countyCode = "620103-XK-00001";
        var city = await ItemAsync(cityCode);
        var cityVersions = (await VersionsAsync(city.Id)).Count;

        var id = await ChangePages.SubmitElementChangeAsync(
            officer,
            lead,
            countyCode,
            ChangeReason.ElementsAdjusted,
            ("Elements.PromisedTimeLimitText", "5个工作日"));

        Assert.Equal("审改办审核中", await ChangePages.StatusAsync(countyReviewer, id));
        Assert.Contains(id.ToString(CultureInfo.InvariantCulture), RequestIds(await countyReviewer.GetAsync("/staff/changes")));
        Assert.DoesNotContain(id.ToString(CultureInfo.InvariantCulture), RequestIds(await cityReviewer.GetAsync("/staff/changes")));
        await AssertCityOfficeCannotActAsync(cityReviewer, "adapt-city-reviewer", id);
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(countyReviewer, id, ChangeTrigger.Approve)).Status);

        var county = await ItemAsync(countyCode);
        Assert.Equal(city.Id, county.SourceItemId);
        Assert.Equal(("5个工作日", 5), (county.PromisedTimeLimit?.Text, county.PromisedTimeLimit?.Amount));
        var versions = await VersionsAsync(county.Id);
        Assert.Equal([(1, ChangeKind.TakeOver), (2, ChangeKind.ElementChange)], versions.Select(version => (version.Number, version.Kind!.Value)));
        Assert.Equal(QiliheOffice, versions[1].ApprovedBy);
        Assert.Null(versions[1].GovernmentDecision);
        Assert.Equal(cityVersions, (await VersionsAsync(city.Id)).Count);
        Assert.Equal(city.PromisedTimeLimit?.Text, (await ItemAsync(cityCode)).PromisedTimeLimit?.Text);
    }

    [Fact]
    public async Task County_basis_change_without_legal_office_is_refused()
    {
        const string AnningMarket = "安宁区市场监督管理局";
        const string AnningOffice = "安宁区行政审批制度改革工作领导小组办公室";
        var cityCode = await CityCodeAsync("药品零售企业经营许可");
        using var officer = await portal.SignInAsync("basis-officer", StaffRole.ContentOfficer, AnningMarket);
        using var lead = await portal.SignInAsync("basis-lead", StaffRole.DepartmentLead, AnningMarket);
        using var countyReviewer = await portal.SignInAsync("basis-county-reviewer", StaffRole.ReviewOfficeReviewer, AnningOffice);
        var takeOverDraft = DraftPages.DraftIdOf(await officer.SubmitAsync("/staff/power-items/take-over", ("itemCode", cityCode)));
        var takeOver = await ChangePages.OpenAsync(officer, takeOverDraft, ChangeKind.TakeOver, ChangeReason.DelegatedFromAbove);
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(lead, takeOver, ChangeTrigger.Submit)).Status);
        await PublishAtCountyAsync(countyReviewer, takeOver, "安宁区人民政府第3次常务会议");
        const string countyCode = "620105-XK-00001";
        var basis = (await ItemAsync(countyCode)).LegalBasisText + "；《药品经营和使用质量监督管理办法》第十条";
        var draftId = await DraftPages.StartFromItemAsync(officer, countyCode);
        (await DraftPages.EditAsync(officer, draftId, ("Elements.LegalBasisText", basis))).RequireRedirect($"/staff/drafts/{draftId}?saved=1");
        var id = await ChangePages.OpenAsync(officer, draftId, ChangeKind.ElementChange, ChangeReason.BasisChanged);

        // Anning District has no legal affairs office in the registry, so nobody could ever confirm the new basis.
        var refused = await ChangePages.FireAsync(lead, id, ChangeTrigger.Submit);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("地区 620105 尚未设置法制办", refused.Html, StringComparison.Ordinal);
        var stored = await RequestAsync(id);
        Assert.Equal(ChangeStatus.Draft, stored.Status);
        Assert.DoesNotContain(stored.Steps, step => step.Trigger == ChangeTrigger.Submit);
        Assert.NotEqual(basis, (await ItemAsync(countyCode)).LegalBasisText);
    }

    [Fact]
    public async Task County_split_keeps_city_link()
    {
        var cityCode = await CityCodeAsync("药品零售企业经营许可");
        var city = await ItemAsync(cityCode);
        using var officer = await portal.SignInAsync("county-split-officer", StaffRole.ContentOfficer, YuzhongMarket);
        using var lead = await portal.SignInAsync("county-split-lead", StaffRole.DepartmentLead, YuzhongMarket);
        using var reviewer = await portal.SignInAsync("county-split-reviewer", StaffRole.ReviewOfficeReviewer, YuzhongOffice);
        var takeOverDraft = DraftPages.DraftIdOf(await officer.SubmitAsync("/staff/power-items/take-over", ("itemCode", cityCode)));
        var takeOver = await ChangePages.OpenAsync(officer, takeOverDraft, ChangeKind.TakeOver, ChangeReason.DelegatedFromAbove);
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(lead, takeOver, ChangeTrigger.Submit)).Status);
        await PublishAtCountyAsync(reviewer, takeOver, "榆中县人民政府第6次常务会议");

        var splitDraft = await DraftPages.StartFromItemAsync(officer, "620123-XK-00001");
        var split = LineageSteps.RequestIdOf(await SplitSteps.OpenAsync(
            officer,
            splitDraft,
            2,
            ("SplitParts[0].Name", "药品零售企业经营许可（城区）"),
            ("SplitParts[1].Name", "药品零售企业经营许可（乡镇）")));
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(lead, split, ChangeTrigger.Submit)).Status);
        await PublishAtCountyAsync(reviewer, split, "榆中县人民政府第7次常务会议");

        // 榆中县's licensing sequence issued 00001 to the take-over, so the split's items get 00002 and 00003.
        var parts = new[] { await ItemAsync("620123-XK-00002"), await ItemAsync("620123-XK-00003") };
        Assert.All(parts, part => Assert.Equal(city.Id, part.SourceItemId));
        Assert.All(parts, part => Assert.Equal("620123", part.RegionCode));
        Assert.Equal(PowerItemStatus.Cancelled, (await ItemAsync("620123-XK-00001")).Status);
        var cityLinks = (await officer.GetAsync($"/power-items/{cityCode}")).Document
            .QuerySelectorAll("section.county-items li a")
            .Select(link => link.GetAttribute("href"))
            .ToList();
        Assert.Contains("/power-items/620123-XK-00002", cityLinks);
        Assert.Contains("/power-items/620123-XK-00003", cityLinks);
        Assert.DoesNotContain("/power-items/620123-XK-00001", cityLinks);
        var versions = await VersionsAsync(parts[0].Id);
        Assert.Equal([(1, ChangeKind.Split)], versions.Select(version => (version.Number, version.Kind!.Value)));
        Assert.Equal(YuzhongOffice, versions[0].ApprovedBy);
    }

    [Fact]
    public async Task Take_over_of_suspended_item_is_blocked()
    {
        var cityCode = await CityCodeAsync("药品零售企业经营许可");
        using var officer = await portal.SignInAsync("blocked-takeover-officer", StaffRole.ContentOfficer, XiguMarket);
        using var lead = await portal.SignInAsync("blocked-takeover-lead", StaffRole.DepartmentLead, XiguMarket);
        using var reviewer = await portal.SignInAsync("blocked-takeover-reviewer", StaffRole.ReviewOfficeReviewer, XiguOffice);
        var draftId = DraftPages.DraftIdOf(await officer.SubmitAsync("/staff/power-items/take-over", ("itemCode", cityCode)));
        var id = await ChangePages.OpenAsync(officer, draftId, ChangeKind.TakeOver, ChangeReason.DelegatedFromAbove);
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(lead, id, ChangeTrigger.Submit)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(reviewer, id, ChangeTrigger.Approve)).Status);
        var decided = await LineageSteps.FireAsync(
            reviewer,
            id,
            ChangeTrigger.RecordGovernmentDecision,
            ("Meeting", "西固区人民政府第4次常务会议"),
            ("DecisionDate", "2020-05-06"),
            ("DocumentNumber", "西政发〔2020〕2号"));
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
        var itemsBefore = await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().PowerItems.CountAsync());

        // The city suspends its item between the county government's decision and the final review.
        await portal.UpdateItemAsync(cityCode, item => item.Status = PowerItemStatus.Suspended);
        var final = await LineageSteps.FireAsync(reviewer, id, ChangeTrigger.FinalApprove);
        await portal.UpdateItemAsync(cityCode, item => item.Status = PowerItemStatus.InForce);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, final.Status);
        Assert.Equal(
            $"无法发布：市级事项 {cityCode} 已暂停或取消，只能承接正在实施的事项。请退回申请，由部门确认后重新提交或撤回。",
            final.Error);
        Assert.Equal("审改办终审中", final.Document.QuerySelector(".change-status")?.TextContent);
        Assert.Equal(itemsBefore, await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().PowerItems.CountAsync()));
        Assert.Null((await RequestAsync(id)).PowerItemId);
        var last = (await portal.ReadRecordsAsync("blocked-takeover-reviewer"))[^1];
        Assert.Equal((AuditActions.ContentChanged, AuditResult.Failed, "PublicationBlocked"), (last.Action, last.Result, last.Detail));
    }

    /// <summary>
    /// Checks that the city review office gets 404 for the county request, on its page and on a crafted approval,
    /// that each attempt is audited as denied, and that the request did not move.
    /// </summary>
    private async Task AssertCityOfficeCannotActAsync(StaffBrowser cityReviewer, string userName, int id)
    {
        var before = await RequestAsync(id);
        var page = await cityReviewer.GetAsync($"/staff/changes/{id}");
        var token = (await cityReviewer.GetAsync("/staff")).FormToken!;
        var crafted = await cityReviewer.PostAsync(
            $"/staff/changes/{id}",
            ("trigger", nameof(ChangeTrigger.Approve)),
            ("version", before.Version.ToString(CultureInfo.InvariantCulture)),
            ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, crafted.Status);
        var denials = await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
            .Where(record => record.AccountName == userName && record.ObjectType == "change-request"
                && record.ObjectId == id.ToString(CultureInfo.InvariantCulture))
            .ToListAsync());
        Assert.Equal(2, denials.Count);
        Assert.All(denials, record => Assert.Equal((AuditActions.AccessDenied, AuditResult.Denied), (record.Action, record.Result)));
        var after = await RequestAsync(id);
        Assert.Equal((before.Status, before.Version), (after.Status, after.Version));
    }

    /// <summary>Approves, records the county government's decision and takes the final review, each redirecting back.</summary>
    private static async Task PublishAtCountyAsync(StaffBrowser countyReviewer, int id, string meeting)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(countyReviewer, id, ChangeTrigger.Approve)).Status);
        var decided = await LineageSteps.FireAsync(
            countyReviewer,
            id,
            ChangeTrigger.RecordGovernmentDecision,
            ("Meeting", meeting),
            ("DecisionDate", "2020-04-01"),
            ("DocumentNumber", "区政发〔2020〕8号"));
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(countyReviewer, id, ChangeTrigger.FinalApprove)).Status);
    }

    /// <summary>Returns the code of the city item of that name; county items taken from it share the name.</summary>
    private Task<string> CityCodeAsync(string name) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItems
            .Where(item => item.Name == name && item.RegionCode == "620100")
            .Select(item => item.Code)
            .SingleAsync());

    private static List<string> RequestIds(BrowserResponse list) =>
        [.. list.Document.QuerySelectorAll("tr[data-request]").Select(row => row.GetAttribute("data-request")!)];

    private Task<PowerItem> ItemAsync(string code) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItems.AsNoTracking().SingleAsync(item => item.Code == code));

    private Task<ChangeRequest> RequestAsync(int id) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ChangeRequests.AsNoTracking().SingleAsync(request => request.Id == id));

    private Task<List<Domain.PowerList.Versions.PowerItemVersion>> VersionsAsync(int itemId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItemVersions.AsNoTracking()
            .Where(version => version.PowerItemId == itemId)
            .OrderBy(version => version.Number)
            .ToListAsync());
}

public sealed class SqliteLineageTakeOverTests(SqliteDraftPortalFixture portal)
    : LineageTakeOverTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresLineageTakeOverTests(PostgresDraftPortalFixture portal)
    : LineageTakeOverTests(portal), IClassFixture<PostgresDraftPortalFixture>;
