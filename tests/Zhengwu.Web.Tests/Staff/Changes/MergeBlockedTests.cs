using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// A merge whose other item was cancelled after the request was opened cannot be published: the final review is
/// rejected with a message naming that item, nothing is written, and the attempt is audited as failed.
/// </summary>
public abstract class MergeBlockedTests(DraftPortalFixture portal)
{
    [Fact]
    public async Task Merge_of_cancelled_item_is_rejected()
    {
        var firstCode = await portal.ItemCodeAsync("食品经营许可");
        var secondCode = await portal.ItemCodeAsync("食品生产许可");
        using var officer = await portal.SignInAsync("blocked-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("blocked-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("blocked-reviewer", StaffRole.ReviewOfficeReviewer, LineageSteps.ReviewOffice);
        var draftId = await DraftPages.StartFromItemAsync(officer, firstCode);
        var requestId = LineageSteps.RequestIdOf(
            await LineageSteps.OpenAsync(officer, draftId, ChangeKind.Merge, ("MergedItemCodes", secondCode)));
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(lead, requestId, ChangeTrigger.Submit)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(reviewer, requestId, ChangeTrigger.Approve)).Status);
        var decided = await LineageSteps.FireAsync(
            reviewer,
            requestId,
            ChangeTrigger.RecordGovernmentDecision,
            ("Meeting", "市政府第12次常务会议"),
            ("DecisionDate", "2020-03-02"),
            ("DocumentNumber", "兰政发〔2020〕5号"));
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
        await portal.UpdateItemAsync(secondCode, item => item.Status = PowerItemStatus.Cancelled);
        var itemsBefore = await CountAsync(db => db.PowerItems.CountAsync());

        var final = await LineageSteps.FireAsync(reviewer, requestId, ChangeTrigger.FinalApprove);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, final.Status);
        Assert.Equal(
            $"无法发布：拟合并的事项 {secondCode} 在申请提交后已取消。请退回申请，由部门调整合并的事项后重新提交。",
            final.Error);
        Assert.Equal("审改办终审中", final.Document.QuerySelector(".change-status")?.TextContent);
        Assert.Equal(itemsBefore, await CountAsync(db => db.PowerItems.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.PowerItemVersions.CountAsync(version => version.ChangeRequestId == requestId)));
        Assert.Equal(PowerItemStatus.InForce, (await portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().PowerItems.SingleAsync(item => item.Code == firstCode))).Status);
        var last = await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .Where(record => record.ObjectType == "change-request")
            .OrderByDescending(record => record.Id)
            .FirstAsync());
        Assert.Equal((AuditActions.ContentChanged, AuditResult.Failed, "PublicationBlocked"), (last.Action, last.Result, last.Detail));
    }

    private Task<int> CountAsync(Func<ZhengwuDbContext, Task<int>> count) =>
        portal.WithScopeAsync(services => count(services.GetRequiredService<ZhengwuDbContext>()));
}

public sealed class SqliteMergeBlockedTests(SqliteDraftPortalFixture portal)
    : MergeBlockedTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresMergeBlockedTests(PostgresDraftPortalFixture portal)
    : MergeBlockedTests(portal), IClassFixture<PostgresDraftPortalFixture>;
