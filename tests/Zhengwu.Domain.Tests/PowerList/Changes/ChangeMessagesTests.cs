using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

public class ChangeMessagesTests
{
    private static readonly DateTimeOffset s_at = new(2026, 3, 10, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Submit_on_published()
    {
        var request = RequestPaths.Walk(ChangeKind.Suspend, false, "Edit > Submit > Approve");

        var error = request.Fire(ChangeTrigger.Submit, Staff.Lead, s_at);

        Assert.Equal("申请当前为“已发布”，不能执行“提交审核”。", error?.Message);
    }

    [Fact]
    public void Withdraw_on_withdrawn()
    {
        var request = RequestPaths.Walk(ChangeKind.Add, false, "Withdraw");

        var error = request.Fire(ChangeTrigger.Withdraw, Staff.Lead, s_at);

        Assert.Equal("申请当前为“已撤回”，不能执行“撤回”。", error?.Message);
    }

    [Fact]
    public void Final_approve_in_legal_review()
    {
        var request = RequestPaths.Walk(ChangeKind.Add, true, "Edit > Submit");

        var error = request.Fire(ChangeTrigger.FinalApprove, Staff.OfficeReviewer, s_at);

        Assert.Equal("申请当前为“法制办审查中”，不能执行“终审发布”。", error?.Message);
    }

    [Theory]
    [InlineData(StaffRole.ContentOfficer, "内容专员不能执行“审核通过”。")]
    [InlineData(StaffRole.DepartmentLead, "分管领导不能执行“审核通过”。")]
    [InlineData(StaffRole.LegalAffairsReviewer, "法制办审核员不能执行“审核通过”。")]
    [InlineData(StaffRole.FinanceBureau, "财政局不能执行“审核通过”。")]
    [InlineData(StaffRole.SystemAdministrator, "系统管理员不能执行“审核通过”。")]
    public void Wrong_role_on_approve(StaffRole role, string message)
    {
        var request = RequestPaths.Walk(ChangeKind.Add, false, "Edit > Submit");

        var error = request.Fire(ChangeTrigger.Approve, Staff.Stranger(role, ScopeCase.SameDepartment), s_at);

        Assert.Equal(message, error?.Message);
    }

    [Fact]
    public void Office_reviewer_on_legal_return()
    {
        var request = RequestPaths.Walk(ChangeKind.Add, true, "Edit > Submit");

        var error = request.Fire(ChangeTrigger.Return, Staff.OfficeReviewer, s_at, "依据不足");

        Assert.Equal("审改办审核员不能执行“退回”。", error?.Message);
    }

    [Fact]
    public void Lead_of_other_department()
    {
        var request = RequestPaths.Walk(ChangeKind.Add, false, "Edit");

        var lead = Staff.Stranger(StaffRole.DepartmentLead, ScopeCase.OtherDepartment);

        var error = request.Fire(ChangeTrigger.Submit, lead, s_at);

        Assert.Equal("该申请不属于您的部门或地区。", error?.Message);
    }
}
