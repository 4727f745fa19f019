using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

/// <summary>A duty-list request takes the element-change path: the review office of its level approves and publishes it.</summary>
public sealed class DutyListRequestTests
{
    private static readonly DateTimeOffset s_at = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Duty_list_request_follows_element_path()
    {
        var request = ChangeRequest.ForDutyList(ChangeReason.ResponsibilitiesChanged, "职能调整", Staff.DepartmentId, Staff.RegionCode, 7, s_at);

        Assert.Null(request.Fire(ChangeTrigger.Edit, Staff.Officer, s_at));
        request.TakeDutyListSnapshot(new DutyListElements { Duties = [new MainDuty { Content = "负责市场综合监督管理。" }] });
        Assert.Null(request.Fire(ChangeTrigger.Submit, Staff.Lead, s_at));
        Assert.Equal(ChangeStatus.OfficeReview, request.Status);
        Assert.Null(request.Fire(ChangeTrigger.Return, Staff.OfficeReviewer, s_at, "请补充依据"));
        Assert.Equal(ChangeStatus.Returned, request.Status);
        Assert.Null(request.Fire(ChangeTrigger.Submit, Staff.Lead, s_at));
        Assert.Null(request.Fire(ChangeTrigger.Approve, Staff.OfficeReviewer, s_at));

        Assert.Equal(ChangeStatus.Published, request.Status);
        Assert.Equal(ChangeSubject.DutyList, request.Subject);
        Assert.Equal(ChangeKind.ElementChange, request.Kind);
        Assert.Null(request.PowerItemId);
        Assert.Equal(7, request.DutyListDraftId);
        Assert.Equal(s_at, request.CreatedAt);
    }

    [Fact]
    public void Duty_list_request_rejects_skipped_steps()
    {
        var request = ChangeRequest.ForDutyList(ChangeReason.ResponsibilitiesChanged, "", Staff.DepartmentId, Staff.RegionCode, 7, s_at);
        request.Fire(ChangeTrigger.Edit, Staff.Officer, s_at);

        var early = request.Fire(ChangeTrigger.Approve, Staff.OfficeReviewer, s_at);
        var officerSubmits = request.Fire(ChangeTrigger.Submit, Staff.Officer, s_at);
        var otherDepartment = request.Fire(ChangeTrigger.Submit, Staff.Stranger(Domain.Accounts.StaffRole.DepartmentLead, ScopeCase.OtherDepartment), s_at);

        Assert.IsType<ChangeError.StepNotAllowed>(early);
        Assert.IsType<ChangeError.WrongRole>(officerSubmits);
        Assert.IsType<ChangeError.OutsideScope>(otherDepartment);
        Assert.Equal(ChangeStatus.Draft, request.Status);
    }

    [Fact]
    public void Power_item_request_has_no_duty_list()
    {
        var request = new ChangeRequest(ChangeKind.ElementChange, ChangeReason.ElementsAdjusted, "", Staff.DepartmentId, Staff.RegionCode, 5, null);

        Assert.Equal(ChangeSubject.PowerItem, request.Subject);
        Assert.Throws<InvalidOperationException>(() => request.TakeDutyListSnapshot(new DutyListElements()));
    }
}
