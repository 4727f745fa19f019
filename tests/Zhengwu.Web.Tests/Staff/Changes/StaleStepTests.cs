using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// Two reviewers open the same request; the second one's step, posted with the version both saw, is rejected with
/// the name of the first and publishes nothing.
/// </summary>
public abstract class StaleStepTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";

    [Fact]
    public async Task Stale_approval_is_rejected()
    {
        using var officer = await portal.SignInAsync("stale-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("stale-lead", StaffRole.DepartmentLead);
        using var first = await portal.SignInAsync("stale-first-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        using var second = await portal.SignInAsync("stale-second-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var code = await portal.ItemCodeAsync("对未取得食品生产经营许可从事食品生产经营活动的处罚");
        var id = await ChangePages.SubmitElementChangeAsync(
            officer, lead, code, ChangeReason.StaticInformationChanged, ("Elements.OfficeHours", "工作日 8:30-17:30"));
        var firstPage = await first.GetAsync($"/staff/changes/{id}");
        var secondPage = await second.GetAsync($"/staff/changes/{id}");
        Assert.Equal(ChangePages.VersionOf(firstPage), ChangePages.VersionOf(secondPage));

        var approved = await ChangePages.PostStepAsync(
            first, id, ChangeTrigger.Approve, ChangePages.VersionOf(firstPage), firstPage.FormToken!);
        var (stale, staleRecords) = await portal.AuditedAsync(() => ChangePages.PostStepAsync(
            second, id, ChangeTrigger.Approve, ChangePages.VersionOf(secondPage), secondPage.FormToken!));

        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("stale-first-reviewer", stale.Error ?? "", StringComparison.Ordinal);
        Assert.Contains("审核通过", stale.Error ?? "", StringComparison.Ordinal);
        Assert.Equal("已发布", ChangePages.StatusOf(stale));
        Assert.Empty(ChangePages.Actions(stale));

        var versions = await portal.ReadVersionsAsync(code);
        Assert.Equal([1, 2], versions.Select(version => version.Number));
        Assert.Single(versions, version => version.ChangeRequestId == id);
        Assert.Equal(
            [AuditActions.ContentChanged, AuditActions.ContentChanged, AuditActions.ContentPublished],
            (await portal.RequestActionsAsync(id)).Take(3));

        // The rejected attempt is a step like a rule's rejection, so it leaves one failed record.
        Assert.Equal([(AuditActions.ContentChanged, AuditResult.Failed)], ChangeRecords.Outcomes(staleRecords));
    }
}

public sealed class SqliteStaleStepTests(SqliteDraftPortalFixture portal)
    : StaleStepTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresStaleStepTests(PostgresDraftPortalFixture portal)
    : StaleStepTests(portal), IClassFixture<PostgresDraftPortalFixture>;
