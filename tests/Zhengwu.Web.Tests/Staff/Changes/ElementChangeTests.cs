using System.Net;
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
/// An element change goes from a content officer's draft through the lead's submission to the review office, whose
/// approval publishes it: the item changes, a new version records the change and the public sees its history.
/// </summary>
public abstract class ElementChangeTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string FoodLicence = "食品经营许可";

    [Fact]
    public async Task Element_change_is_published_with_history()
    {
        var code = await CodeOfAsync(FoodLicence);
        using var officer = await portal.SignInAsync("change-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("change-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("change-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);

        var draftId = await DraftPages.StartFromItemAsync(officer, code);
        var saved = await DraftPages.EditAsync(officer, draftId, ("Elements.PromisedTimeLimitText", "10个工作日"));
        saved.RequireRedirect($"/staff/drafts/{draftId}?saved=1");
        var opened = await officer.SubmitAsync(
            $"/staff/drafts/{draftId}?handler=OpenRequest",
            ("Kind", nameof(ChangeKind.ElementChange)),
            ("Reason", nameof(ChangeReason.ElementsAdjusted)),
            ("Explanation", "压缩承诺时限"));
        var requestId = int.Parse(opened.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var reviewerEarly = await reviewer.GetAsync($"/staff/changes/{requestId}");
        var submitted = await FireAsync(lead, requestId, ChangeTrigger.Submit);
        var ownApproval = await FireAsync(lead, requestId, ChangeTrigger.Approve);
        var locked = await DraftPages.EditAsync(officer, draftId, ("Elements.OfficeHours", "全天"));
        var published = await FireAsync(reviewer, requestId, ChangeTrigger.Approve);

        Assert.Equal(HttpStatusCode.NotFound, reviewerEarly.Status);
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
        Assert.Equal(HttpStatusCode.Forbidden, ownApproval.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.Status);
        Assert.Equal(HttpStatusCode.Redirect, published.Status);

        var item = await ItemAsync(code);
        Assert.Equal(10, item.PromisedTimeLimit?.WorkingDays);
        Assert.NotEqual("全天", item.OfficeHours);
        Assert.False(await DraftExistsAsync(draftId));

        var history = await officer.GetAsync($"/power-items/{code}/history");
        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.Equal(["2", "1"], history.Document.QuerySelectorAll("table.versions tbody tr").Select(row => row.GetAttribute("data-version")));
        var latest = history.Document.QuerySelector("table.versions tbody tr")!;
        Assert.Contains("要素变更", latest.TextContent, StringComparison.Ordinal);
        Assert.Contains(ReviewOffice, latest.TextContent, StringComparison.Ordinal);
        var difference = history.Document.QuerySelectorAll("table.diff tbody tr").Single();
        Assert.Equal("承诺办结时限", difference.GetAttribute("data-label"));
        Assert.Equal("（无）", difference.QuerySelector(".before")?.TextContent);
        Assert.Equal("10个工作日", difference.QuerySelector(".after")?.TextContent);

        var changes = await officer.GetAsync("/changes");
        Assert.Contains(code, changes.Document.QuerySelector("table.changes")?.TextContent ?? "", StringComparison.Ordinal);
        var feed = await officer.GetAsync("/changes.atom?region=620100");
        Assert.Equal(HttpStatusCode.OK, feed.Status);
        Assert.Contains($"/power-items/{code}/history?to=2", feed.Html, StringComparison.Ordinal);

        var audit = await ActionsAsync(requestId);
        Assert.Equal(
            [AuditActions.ContentChanged, AuditActions.AccessDenied, AuditActions.ContentChanged, AuditActions.AccessDenied, AuditActions.ContentPublished],
            audit);
    }

    private static async Task<BrowserResponse> FireAsync(StaffBrowser browser, int id, ChangeTrigger trigger)
    {
        var page = await browser.GetAsync($"/staff/changes/{id}");
        var version = page.Document.QuerySelector(".change-meta")?.GetAttribute("data-version") ?? "";

        return await browser.PostAsync(
            $"/staff/changes/{id}",
            ("trigger", trigger.ToString()),
            ("version", version),
            ("__RequestVerificationToken", page.FormToken ?? (await browser.GetAsync("/staff")).FormToken!));
    }

    private Task<string> CodeOfAsync(string name) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItems.Where(item => item.Name == name).Select(item => item.Code).SingleAsync());

    private Task<PowerItem> ItemAsync(string code) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItems.AsNoTracking().SingleAsync(item => item.Code == code));

    private Task<bool> DraftExistsAsync(int id) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItemDrafts.AnyAsync(draft => draft.Id == id));

    private Task<List<string>> ActionsAsync(int requestId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
            .Where(record => record.ObjectType == "change-request" && record.ObjectId == requestId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(record => record.Id)
            .Select(record => record.Action)
            .ToListAsync());
}

public sealed class SqliteElementChangeTests(SqliteDraftPortalFixture portal)
    : ElementChangeTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresElementChangeTests(PostgresDraftPortalFixture portal)
    : ElementChangeTests(portal), IClassFixture<PostgresDraftPortalFixture>;
