using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>A draft with an open request cannot be deleted; the lead's withdrawal lets go of it.</summary>
public abstract class WithdrawRequestTests(DraftPortalFixture portal)
{
    [Fact]
    public async Task Open_request_blocks_deletion()
    {
        using var officer = await portal.SignInAsync("blocked-officer", StaffRole.ContentOfficer);
        var code = await portal.ItemCodeAsync("食品经营许可");
        var draftId = await DraftPages.StartFromItemAsync(officer, code);
        var id = await ChangePages.OpenAsync(officer, draftId, ChangeKind.ElementChange, ChangeReason.ElementsAdjusted);

        var refused = await ChangePages.DeleteDraftAsync(officer, draftId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(
            "该草稿已发起变更申请，不能删除。如不再需要，请由分管领导撤回申请后再删除。",
            DraftPages.Problems(refused));
        Assert.NotNull(await portal.ReadDraftAsync(draftId));
        Assert.Equal(draftId, (await portal.ReadRequestAsync(id)).DraftId);
    }

    [Fact]
    public async Task Withdrawal_releases_draft()
    {
        using var officer = await portal.SignInAsync("withdraw-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("withdraw-lead", StaffRole.DepartmentLead);
        var code = await portal.ItemCodeAsync("第三类医疗器械经营许可");
        var draftId = await DraftPages.StartFromItemAsync(officer, code);
        var id = await ChangePages.OpenAsync(officer, draftId, ChangeKind.ElementChange, ChangeReason.ElementsAdjusted);

        var (withdrawn, withdrawRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(lead, id, ChangeTrigger.Withdraw));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.Status);
        Assert.Equal("已撤回", await ChangePages.StatusAsync(lead, id));
        Assert.Equal([AuditActions.ContentChanged], ChangeRecords.Actions(withdrawRecords));
        Assert.Null((await portal.ReadRequestAsync(id)).DraftId);

        var draftPage = await officer.GetAsync($"/staff/drafts/{draftId}");
        Assert.NotNull(draftPage.Document.QuerySelector("form.request-form"));

        var (deleted, deleteRecords) = await portal.AuditedAsync(() => ChangePages.DeleteDraftAsync(officer, draftId));
        Assert.Equal("/staff/drafts", deleted.Location);
        var deleteRecord = Assert.Single(deleteRecords);
        Assert.Equal(AuditActions.ContentChanged, deleteRecord.Action);
        Assert.Equal(PowerItemDrafts.DraftObject, deleteRecord.ObjectType);
        Assert.Null(await portal.ReadDraftAsync(draftId));
        Assert.Equal("已撤回", await ChangePages.StatusAsync(lead, id));
    }
}

public sealed class SqliteWithdrawRequestTests(SqliteDraftPortalFixture portal)
    : WithdrawRequestTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresWithdrawRequestTests(PostgresDraftPortalFixture portal)
    : WithdrawRequestTests(portal), IClassFixture<PostgresDraftPortalFixture>;
