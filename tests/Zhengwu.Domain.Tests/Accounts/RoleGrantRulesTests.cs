using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Organization;

namespace Zhengwu.Domain.Tests.Accounts;

public class RoleGrantRulesTests
{
    private static readonly Guid s_requester = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid s_account = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    [Fact]
    public void Reviewer_allowed_in_review_office()
    {
        var target = Target(null, "城关区行政审批制度改革工作领导小组办公室", OfficeRole.ReviewOffice);

        Assert.Null(RoleGrantRules.CheckGrant(s_requester, target, StaffRole.ReviewOfficeReviewer));
    }

    [Fact]
    public void Reviewer_rejected_outside_review_office()
    {
        var target = Target(null, "兰州市教育局", OfficeRole.None);

        var error = RoleGrantRules.CheckGrant(s_requester, target, StaffRole.ReviewOfficeReviewer);

        Assert.Equal(new AccountRuleError.WrongOffice("兰州市教育局", StaffRole.ReviewOfficeReviewer, OfficeRole.ReviewOffice), error);
        Assert.Equal(
            "部门“兰州市教育局”不是审改办，不能授予“审改办审核员”角色。请选择本地区审改办的账户，或申请其他角色。",
            error!.Message);
    }

    [Theory]
    [InlineData(StaffRole.LegalAffairsReviewer, OfficeRole.FinanceBureau)]
    [InlineData(StaffRole.FinanceBureau, OfficeRole.ReviewOffice)]
    [InlineData(StaffRole.PovertyReliefOffice, OfficeRole.None)]
    [InlineData(StaffRole.BigDataBureau, OfficeRole.ServiceCenter)]
    [InlineData(StaffRole.SystemAdministrator, OfficeRole.None)]
    [InlineData(StaffRole.AuditAdministrator, OfficeRole.BigDataBureau)]
    public void Office_roles_need_matching_office(StaffRole role, OfficeRole office)
    {
        var error = RoleGrantRules.CheckGrant(s_requester, Target(null, "某部门", office), role);

        Assert.IsType<AccountRuleError.WrongOffice>(error);
    }

    [Theory]
    [InlineData(OfficeRole.None)]
    [InlineData(OfficeRole.ReviewOffice)]
    [InlineData(OfficeRole.ServiceCenter)]
    public void Content_officer_allowed_anywhere(OfficeRole office)
    {
        Assert.Null(RoleGrantRules.CheckGrant(s_requester, Target(null, "某部门", office), StaffRole.ContentOfficer));
    }

    [Theory]
    [InlineData(StaffRole.SystemAdministrator)]
    [InlineData(StaffRole.SecurityAdministrator)]
    [InlineData(StaffRole.AuditAdministrator)]
    public void Administrator_role_for_account_without_role(StaffRole role)
    {
        Assert.Null(RoleGrantRules.CheckGrant(s_requester, Target(null, "兰州市政务服务中心", OfficeRole.ServiceCenter), role));
    }

    [Fact]
    public void Administrator_role_rejected_when_role_held()
    {
        var target = Target(StaffRole.ServiceCenterAdministrator, "兰州市政务服务中心", OfficeRole.ServiceCenter);

        var error = RoleGrantRules.CheckGrant(s_requester, target, StaffRole.SecurityAdministrator);

        Assert.Equal(
            new AccountRuleError.AccountHasRole("li.na", StaffRole.ServiceCenterAdministrator, StaffRole.SecurityAdministrator),
            error);
    }

    [Theory]
    [InlineData(StaffRole.SystemAdministrator, StaffRole.SecurityAdministrator)]
    [InlineData(StaffRole.AuditAdministrator, StaffRole.SystemAdministrator)]
    [InlineData(StaffRole.SecurityAdministrator, StaffRole.ServiceCenterAdministrator)]
    [InlineData(StaffRole.AuditAdministrator, StaffRole.ContentOfficer)]
    public void Administrator_role_never_changes(StaffRole current, StaffRole requested)
    {
        var target = Target(current, "兰州市政务服务中心", OfficeRole.ServiceCenter);

        var error = RoleGrantRules.CheckGrant(s_requester, target, requested);

        Assert.Equal(new AccountRuleError.AdministratorRoleLocked("li.na", current), error);
    }

    [Fact]
    public void Department_role_may_replace_another()
    {
        var target = Target(StaffRole.ContentOfficer, "兰州市教育局", OfficeRole.None);

        Assert.Null(RoleGrantRules.CheckGrant(s_requester, target, StaffRole.DepartmentLead));
    }

    [Fact]
    public void Same_role_is_rejected()
    {
        var target = Target(StaffRole.ContentOfficer, "兰州市教育局", OfficeRole.None);

        var error = RoleGrantRules.CheckGrant(s_requester, target, StaffRole.ContentOfficer);

        Assert.Equal(new AccountRuleError.SameRole("li.na", StaffRole.ContentOfficer), error);
    }

    [Theory]
    [InlineData(StaffRole.ContentOfficer)]
    [InlineData(StaffRole.SecurityAdministrator)]
    public void Nobody_requests_own_role(StaffRole role)
    {
        var self = new GrantTarget(s_requester, "sys", null, "兰州市政务服务中心", OfficeRole.ServiceCenter);

        Assert.IsType<AccountRuleError.SelfGrant>(RoleGrantRules.CheckGrant(s_requester, self, role));
    }

    [Fact]
    public void Manage_rejects_own_account()
    {
        var error = AccountRules.CheckManage(s_requester, s_requester, "sys", StaffRole.SystemAdministrator);

        Assert.IsType<AccountRuleError.OwnAccount>(error);
    }

    [Theory]
    [InlineData(StaffRole.SystemAdministrator)]
    [InlineData(StaffRole.SecurityAdministrator)]
    [InlineData(StaffRole.AuditAdministrator)]
    public void Manage_rejects_administrator_accounts(StaffRole role)
    {
        var error = AccountRules.CheckManage(s_requester, s_account, "li.na", role);

        Assert.Equal(new AccountRuleError.AdministratorAccountProtected("li.na", role), error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(StaffRole.ServiceCenterAdministrator)]
    [InlineData(StaffRole.ContentOfficer)]
    public void Manage_allows_other_staff(StaffRole? role)
    {
        Assert.Null(AccountRules.CheckManage(s_requester, s_account, "li.na", role));
    }

    [Theory]
    [InlineData("ab", false)]
    [InlineData("abc", true)]
    [InlineData("zhang.wei_01-a", true)]
    [InlineData("张伟", false)]
    [InlineData("zhang wei", false)]
    [InlineData("a@b.cn", false)]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345", true)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456", false)]
    public void User_name_rules(string userName, bool valid)
    {
        Assert.Equal(valid, AccountRules.CheckUserName(userName) is null);
    }

    private static GrantTarget Target(StaffRole? current, string department, OfficeRole office) =>
        new(s_account, "li.na", current, department, office);
}
