using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// A resumption confirmed by the review office on Friday 3 April 2026, before the Qingming days off of 4 to 6 April,
/// is due by the end of Wednesday 8 April, the second working day after it. The review office's start page flags it
/// only when it was published after that day. The confirmation and publication times are moved to those dates in
/// the database, because the portal's clock runs in the present.
/// </summary>
public abstract class ResumptionDeadlineTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";

    private static readonly DateTimeOffset s_confirmedFriday = new(2026, 4, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Resumption_is_late_after_second_working_day()
    {
        var code = await SuspendedItemAsync("食品经营许可");
        using var officer = await portal.SignInAsync("resume-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("resume-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("resume-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var draftId = await DraftPages.StartFromItemAsync(officer, code);
        var opened = await officer.SubmitAsync(
            $"/staff/drafts/{draftId}?handler=OpenRequest",
            ("Kind", nameof(ChangeKind.Resume)),
            ("Reason", nameof(ChangeReason.ResumedOnNeed)),
            ("Explanation", "本季度恢复受理"));
        var requestId = int.Parse(opened.Location!.Split('/')[^1], CultureInfo.InvariantCulture);
        await FireAsync(lead, requestId, ChangeTrigger.Submit);
        await FireAsync(reviewer, requestId, ChangeTrigger.Approve);
        await SetTimesAsync(requestId, s_confirmedFriday, null);

        var unpublished = await LateRequestsAsync(reviewer);
        await FireAsync(reviewer, requestId, ChangeTrigger.FinalApprove);
        await SetTimesAsync(requestId, s_confirmedFriday, new DateTimeOffset(2026, 4, 8, 15, 59, 0, TimeSpan.Zero));
        var onDueDay = await LateRequestsAsync(reviewer);
        await SetTimesAsync(requestId, s_confirmedFriday, new DateTimeOffset(2026, 4, 8, 16, 0, 0, TimeSpan.Zero));
        var dayAfter = await LateRequestsAsync(reviewer);

        var id = requestId.ToString(CultureInfo.InvariantCulture);
        Assert.Equal([id], unpublished);
        Assert.Empty(onDueDay);
        Assert.Equal([id], dayAfter);
        Assert.Equal(PowerItemStatus.InForce, await StatusAsync(code));
    }

    private static async Task<List<string?>> LateRequestsAsync(StaffBrowser reviewer)
    {
        var start = await reviewer.GetAsync("/staff");

        return [.. start.Document.QuerySelectorAll(".late-resumptions li").Select(item => item.GetAttribute("data-request"))];
    }

    private static async Task FireAsync(StaffBrowser browser, int id, ChangeTrigger trigger)
    {
        var page = await browser.GetAsync($"/staff/changes/{id}");
        var version = page.Document.QuerySelector(".change-meta")?.GetAttribute("data-version") ?? "";
        var response = await browser.PostAsync(
            $"/staff/changes/{id}",
            ("trigger", trigger.ToString()),
            ("version", version),
            ("__RequestVerificationToken", page.FormToken ?? (await browser.GetAsync("/staff")).FormToken!));
        response.RequireRedirect($"/staff/changes/{id}?done={trigger}");
    }

    private Task<string> SuspendedItemAsync(string name) => portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.SingleAsync(item => item.Name == name);
        item.Status = PowerItemStatus.Suspended;
        await db.SaveChangesAsync();

        return item.Code;
    });

    private Task<int> SetTimesAsync(int requestId, DateTimeOffset confirmedAt, DateTimeOffset? publishedAt) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ChangeRequests
            .Where(request => request.Id == requestId)
            .ExecuteUpdateAsync(update => update
                .SetProperty(request => request.ConfirmedAt, confirmedAt)
                .SetProperty(request => request.PublishedAt, publishedAt)));

    private Task<PowerItemStatus> StatusAsync(string code) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItems.Where(item => item.Code == code).Select(item => item.Status).SingleAsync());
}

public sealed class SqliteResumptionDeadlineTests(SqliteDraftPortalFixture portal)
    : ResumptionDeadlineTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresResumptionDeadlineTests(PostgresDraftPortalFixture portal)
    : ResumptionDeadlineTests(portal), IClassFixture<PostgresDraftPortalFixture>;
