using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Organization;

namespace Zhengwu.Domain.Tests.Accounts;

public class RoleGrantRequestTests
{
    private static readonly Guid s_systemAdministrator = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid s_securityAdministrator = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid s_account = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly DateTimeOffset s_requestedAt = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_decidedAt = new(2026, 12, 1, 3, 30, 0, TimeSpan.Zero);

    private static readonly GrantTarget s_newOfficer =
        new(s_account, "zhang.wei", null, "兰州市市场监督管理局", OfficeRole.None);

    [Theory]
    [InlineData(RoleGrantStatus.Pending, RoleGrantTrigger.Approve, RoleGrantStatus.Approved)]
    [InlineData(RoleGrantStatus.Pending, RoleGrantTrigger.Reject, RoleGrantStatus.Rejected)]
    public void Pending_moves_on_each_decision(RoleGrantStatus from, RoleGrantTrigger trigger, RoleGrantStatus expected)
    {
        Assert.Equal(expected, RoleGrantTransitions.Next(from, trigger));
    }

    [Theory]
    [InlineData(RoleGrantStatus.Approved, RoleGrantTrigger.Approve)]
    [InlineData(RoleGrantStatus.Approved, RoleGrantTrigger.Reject)]
    [InlineData(RoleGrantStatus.Rejected, RoleGrantTrigger.Approve)]
    [InlineData(RoleGrantStatus.Rejected, RoleGrantTrigger.Reject)]
    public void Decided_request_is_final(RoleGrantStatus from, RoleGrantTrigger trigger)
    {
        Assert.Null(RoleGrantTransitions.Next(from, trigger));
    }

    [Fact]
    public void New_request_is_pending()
    {
        var request = NewRequest();

        Assert.Equal(RoleGrantStatus.Pending, request.Status);
        Assert.Null(request.DecidedById);
        Assert.Null(request.DecidedAt);
        Assert.Null(request.RejectionReason);
    }

    [Fact]
    public void Approve_records_decider_and_time()
    {
        var request = NewRequest();

        var error = request.Approve(s_securityAdministrator, s_newOfficer, s_decidedAt);

        Assert.Null(error);
        Assert.Equal(RoleGrantStatus.Approved, request.Status);
        Assert.Equal(s_securityAdministrator, request.DecidedById);
        Assert.Equal(s_decidedAt, request.DecidedAt);
    }

    [Fact]
    public void Reject_keeps_trimmed_reason()
    {
        var request = NewRequest();

        var error = request.Reject(s_securityAdministrator, "  部门未提交任职文件 ", s_decidedAt);

        Assert.Null(error);
        Assert.Equal(RoleGrantStatus.Rejected, request.Status);
        Assert.Equal("部门未提交任职文件", request.RejectionReason);
        Assert.Equal(s_decidedAt, request.DecidedAt);
    }

    [Fact]
    public void Approved_request_cannot_be_decided_again()
    {
        var request = NewRequest();
        request.Approve(s_securityAdministrator, s_newOfficer, s_decidedAt);

        var approveAgain = request.Approve(s_securityAdministrator, s_newOfficer, s_decidedAt.AddHours(1));
        var reject = request.Reject(s_securityAdministrator, "改为驳回", s_decidedAt.AddHours(1));

        Assert.Equal(new AccountRuleError.NotPending(RoleGrantStatus.Approved), approveAgain);
        Assert.Equal(new AccountRuleError.NotPending(RoleGrantStatus.Approved), reject);
        Assert.Equal(RoleGrantStatus.Approved, request.Status);
        Assert.Equal(s_decidedAt, request.DecidedAt);
        Assert.Null(request.RejectionReason);
    }

    [Fact]
    public void Rejected_request_cannot_be_approved()
    {
        var request = NewRequest();
        request.Reject(s_securityAdministrator, "材料不全", s_decidedAt);

        var approve = request.Approve(s_securityAdministrator, s_newOfficer, s_decidedAt.AddHours(1));
        var rejectAgain = request.Reject(s_securityAdministrator, "再次驳回", s_decidedAt.AddHours(1));

        Assert.Equal(new AccountRuleError.NotPending(RoleGrantStatus.Rejected), approve);
        Assert.Equal(new AccountRuleError.NotPending(RoleGrantStatus.Rejected), rejectAgain);
        Assert.Equal(RoleGrantStatus.Rejected, request.Status);
        Assert.Equal("材料不全", request.RejectionReason);
    }

    [Fact]
    public void Requester_cannot_decide_own_request()
    {
        var request = NewRequest();

        var approve = request.Approve(s_systemAdministrator, s_newOfficer, s_decidedAt);
        var reject = request.Reject(s_systemAdministrator, "撤回", s_decidedAt);

        Assert.IsType<AccountRuleError.OwnRequest>(approve);
        Assert.IsType<AccountRuleError.OwnRequest>(reject);
        Assert.Equal(RoleGrantStatus.Pending, request.Status);
    }

    [Fact]
    public void Account_cannot_decide_its_request()
    {
        var request = NewRequest();

        var approve = request.Approve(s_account, s_newOfficer, s_decidedAt);
        var reject = request.Reject(s_account, "不需要", s_decidedAt);

        Assert.IsType<AccountRuleError.ConcernsApprover>(approve);
        Assert.IsType<AccountRuleError.ConcernsApprover>(reject);
        Assert.Equal(RoleGrantStatus.Pending, request.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reject_without_reason_fails(string? reason)
    {
        var request = NewRequest();

        var error = request.Reject(s_securityAdministrator, reason, s_decidedAt);

        Assert.IsType<AccountRuleError.ReasonMissing>(error);
        Assert.Equal(RoleGrantStatus.Pending, request.Status);
    }

    [Fact]
    public void Reject_reason_limited_to_200()
    {
        var request = NewRequest();

        var atLimit = RoleGrantRules.CheckReason(new string('理', 200));
        var error = request.Reject(s_securityAdministrator, new string('理', 201), s_decidedAt);

        Assert.Null(atLimit);
        Assert.Equal(new AccountRuleError.ReasonTooLong(201), error);
        Assert.Equal("驳回理由不能超过200个字，当前为201个，请精简。", error!.Message);
        Assert.Equal(RoleGrantStatus.Pending, request.Status);
    }

    [Fact]
    public void Approve_rechecks_account_as_it_is()
    {
        var request = new RoleGrantRequest(s_account, StaffRole.SecurityAdministrator, s_systemAdministrator, s_requestedAt);
        var nowAnOfficer = new GrantTarget(s_account, "zhang.wei", StaffRole.ContentOfficer, "兰州市政务服务中心", OfficeRole.ServiceCenter);

        var error = request.Approve(s_securityAdministrator, nowAnOfficer, s_decidedAt);

        Assert.Equal(
            new AccountRuleError.AccountHasRole("zhang.wei", StaffRole.ContentOfficer, StaffRole.SecurityAdministrator),
            error);
        Assert.Equal(RoleGrantStatus.Pending, request.Status);
    }

    private static RoleGrantRequest NewRequest() =>
        new(s_account, StaffRole.ContentOfficer, s_systemAdministrator, s_requestedAt);
}
