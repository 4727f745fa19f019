using System.Globalization;
using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// A request is reached only by its own department and by the reviewers of its region: anyone else gets 404 on its
/// page and on its steps, each attempt is audited as denied, and nothing changes.
/// </summary>
public abstract class ChangeScopeTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string CountyReviewOffice = "城关区行政审批制度改革工作领导小组办公室";
    private const string OtherDepartment = "兰州市发展和改革委员会";

    [Fact]
    public async Task County_reviewer_gets_not_found()
    {
        var id = await SubmitRequestAsync("county", "食品生产经营监督检查");
        using var county = await portal.SignInAsync("county-reviewer", StaffRole.ReviewOfficeReviewer, CountyReviewOffice);

        await AssertHiddenAsync(county, id, ChangeTrigger.Approve);
    }

    [Fact]
    public async Task Other_department_lead_gets_not_found()
    {
        var id = await SubmitRequestAsync("department", "对存在严重事故隐患的特种设备实施查封、扣押");
        using var otherLead = await portal.SignInAsync("other-lead", StaffRole.DepartmentLead, OtherDepartment);

        await AssertHiddenAsync(otherLead, id, ChangeTrigger.Return);
    }

    /// <summary>Has the department submit an element change of the item and checks that the city reviewer reaches it.</summary>
    private async Task<int> SubmitRequestAsync(string prefix, string itemName)
    {
        using var officer = await portal.SignInAsync($"{prefix}-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync($"{prefix}-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync($"{prefix}-city-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var id = await ChangePages.SubmitElementChangeAsync(
            officer,
            lead,
            await portal.ItemCodeAsync(itemName),
            ChangeReason.StaticInformationChanged,
            ("Elements.SupervisionPhone", "0931-12345"));
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/staff/changes/{id}")).Status);

        return id;
    }

    private async Task AssertHiddenAsync(StaffBrowser outsider, int id, ChangeTrigger trigger)
    {
        var objectId = id.ToString(CultureInfo.InvariantCulture);
        var stored = await portal.ReadRequestAsync(id);
        var token = await ChangePages.TokenAsync(outsider);

        var (page, pageRecords) = await portal.AuditedAsync(() => outsider.GetAsync($"/staff/changes/{id}"));
        var (step, stepRecords) = await portal.AuditedAsync(() => ChangePages.PostStepAsync(
            outsider, id, trigger, stored.Version.ToString(CultureInfo.InvariantCulture), token, ("Opinion", "越权操作")));
        var list = await outsider.GetAsync("/staff/changes");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, step.Status);
        Assert.Equal([(AuditActions.AccessDenied, AuditResult.Denied)], ChangeRecords.Outcomes(pageRecords));
        Assert.Equal("change-request", pageRecords.Single().ObjectType);
        Assert.Equal(objectId, pageRecords.Single().ObjectId);
        Assert.Equal([(AuditActions.AccessDenied, AuditResult.Denied)], ChangeRecords.Outcomes(stepRecords));
        Assert.Equal(objectId, stepRecords.Single().ObjectId);
        Assert.Null(list.Document.QuerySelector($"[data-request='{objectId}']"));

        var after = await portal.ReadRequestAsync(id);
        Assert.Equal(stored.Version, after.Version);
        Assert.Equal(ChangeStatus.OfficeReview, after.Status);
    }
}

public sealed class SqliteChangeScopeTests(SqliteDraftPortalFixture portal)
    : ChangeScopeTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresChangeScopeTests(PostgresDraftPortalFixture portal)
    : ChangeScopeTests(portal), IClassFixture<PostgresDraftPortalFixture>;
