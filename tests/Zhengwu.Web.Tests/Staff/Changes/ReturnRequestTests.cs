using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// A reviewer returns a request only with a reason; the returned draft opens for editing again and the lead
/// resubmits what the officer changed.
/// </summary>
public abstract class ReturnRequestTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string ReturnReason = "承诺时限应与省级标准一致，请核实后修改。";

    [Fact]
    public async Task Returned_request_is_resubmitted()
    {
        using var officer = await portal.SignInAsync("return-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("return-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("return-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var code = await portal.ItemCodeAsync("食品生产许可");
        var id = await ChangePages.SubmitElementChangeAsync(
            officer, lead, code, ChangeReason.ElementsAdjusted, ("Elements.PromisedTimeLimitText", "15个工作日"));
        var draftId = (await portal.ReadRequestAsync(id)).DraftId!.Value;

        var (unexplained, unexplainedRecords) = await portal.AuditedAsync(() =>
            ChangePages.FireAsync(reviewer, id, ChangeTrigger.Return, ("Opinion", " \r\n ")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unexplained.Status);
        Assert.Equal("请填写退回理由，部门将据此修改后重新提交。", unexplained.Error);
        Assert.Equal("审改办审核中", await ChangePages.StatusAsync(lead, id));
        Assert.Equal([(AuditActions.ContentChanged, AuditResult.Failed)], ChangeRecords.Outcomes(unexplainedRecords));

        var (returned, returnRecords) = await portal.AuditedAsync(() =>
            ChangePages.FireAsync(reviewer, id, ChangeTrigger.Return, ("Opinion", ReturnReason)));
        Assert.Equal(HttpStatusCode.Redirect, returned.Status);
        Assert.Equal("已退回", await ChangePages.StatusAsync(lead, id));
        Assert.Equal([(AuditActions.ContentChanged, AuditResult.Succeeded)], ChangeRecords.Outcomes(returnRecords));

        var steps = ChangePages.Steps(await officer.GetAsync($"/staff/changes/{id}"));
        var returnStep = Assert.Single(steps, step => step.Contains("退回 → 已退回", StringComparison.Ordinal));
        Assert.Contains("return-reviewer", returnStep, StringComparison.Ordinal);
        Assert.EndsWith("：" + ReturnReason, returnStep.Trim(), StringComparison.Ordinal);

        var (edited, editRecords) = await portal.AuditedAsync(() =>
            DraftPages.EditAsync(officer, draftId, ("Elements.PromisedTimeLimitText", "12个工作日")));
        Assert.Equal($"/staff/drafts/{draftId}?saved=1", edited.Location);
        var editRecord = Assert.Single(editRecords);
        Assert.Equal(AuditActions.ContentChanged, editRecord.Action);
        Assert.Equal(PowerItemDrafts.DraftObject, editRecord.ObjectType);

        var (resubmitted, resubmitRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(lead, id, ChangeTrigger.Submit));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.Status);
        Assert.Equal([AuditActions.ContentChanged], ChangeRecords.Actions(resubmitRecords));

        var page = await reviewer.GetAsync($"/staff/changes/{id}");
        Assert.Equal("审改办审核中", ChangePages.StatusOf(page));
        var difference = Assert.Single(page.Document.QuerySelectorAll("table.diff tbody tr"));
        Assert.Equal("承诺办结时限", difference.GetAttribute("data-label"));
        Assert.Equal("12个工作日", difference.QuerySelector(".after")?.TextContent);
        Assert.Equal("12个工作日", (await portal.ReadRequestAsync(id)).Elements?.PromisedTimeLimitText);

        var locked = await DraftPages.EditAsync(officer, draftId, ("Elements.PromisedTimeLimitText", "11个工作日"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.Status);
    }
}

public sealed class SqliteReturnRequestTests(SqliteDraftPortalFixture portal)
    : ReturnRequestTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresReturnRequestTests(PostgresDraftPortalFixture portal)
    : ReturnRequestTests(portal), IClassFixture<PostgresDraftPortalFixture>;
