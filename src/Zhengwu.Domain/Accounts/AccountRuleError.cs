using Zhengwu.Domain.Organization;

namespace Zhengwu.Domain.Accounts;

/// <summary>
/// Why an account administration action was rejected: one nested type per reason, each with a Chinese message
/// that names the value and the fix.
/// </summary>
public abstract record AccountRuleError
{
    public abstract string Message { get; }

    public sealed record WrongOffice(string DepartmentName, StaffRole Role, OfficeRole Required) : AccountRuleError
    {
        public override string Message =>
            $"部门“{DepartmentName}”不是{Required.DisplayName()}，不能授予“{Role.ChineseName()}”角色。"
            + $"请选择本地区{Required.DisplayName()}的账户，或申请其他角色。";
    }

    public sealed record AccountHasRole(string UserName, StaffRole Current, StaffRole Requested) : AccountRuleError
    {
        public override string Message =>
            $"账户“{UserName}”已有角色“{Current.ChineseName()}”，管理员角色“{Requested.ChineseName()}”只能授予尚无角色的账户。"
            + "请为该管理员新建一个账户。";
    }

    public sealed record AdministratorRoleLocked(string UserName, StaffRole Current) : AccountRuleError
    {
        public override string Message =>
            $"账户“{UserName}”是{Current.ChineseName()}，管理员账户的角色不能变更。如需其他角色，请新建账户。";
    }

    public sealed record SameRole(string UserName, StaffRole Role) : AccountRuleError
    {
        public override string Message => $"账户“{UserName}”已是“{Role.ChineseName()}”，无需申请。";
    }

    public sealed record SelfGrant : AccountRuleError
    {
        public override string Message => "不能为自己的账户申请角色。角色须由他人申请，并经安全管理员审批。";
    }

    public sealed record PendingExists(string UserName) : AccountRuleError
    {
        public override string Message => $"账户“{UserName}”已有一项待审批的角色申请，请等安全管理员审批后再申请。";
    }

    public sealed record OwnRequest : AccountRuleError
    {
        public override string Message => "不能审批自己提出的申请，请由另一位安全管理员审批。";
    }

    public sealed record ConcernsApprover : AccountRuleError
    {
        public override string Message => "不能审批为自己账户提出的角色申请，请由另一位安全管理员审批。";
    }

    public sealed record NotPending(RoleGrantStatus Status) : AccountRuleError
    {
        public override string Message => Status switch
        {
            RoleGrantStatus.Approved => "该申请已批准，不能再次审批。如需变更角色，请重新提出申请。",
            RoleGrantStatus.Rejected => "该申请已驳回，不能再次审批。如需该角色，请重新提出申请。",
            _ => "该申请或相关账户刚被他人修改，请刷新列表后重试。",
        };
    }

    public sealed record ReasonMissing : AccountRuleError
    {
        public override string Message => "请填写驳回理由，该理由将记入申请记录。";
    }

    public sealed record ReasonTooLong(int Length) : AccountRuleError
    {
        public override string Message => $"驳回理由不能超过{RoleGrantRules.MaxReasonLength}个字，当前为{Length}个，请精简。";
    }

    public sealed record OwnAccount : AccountRuleError
    {
        public override string Message => "不能停用、启用或重置自己的账户，请由另一位系统管理员操作。";
    }

    public sealed record AdministratorAccountProtected(string UserName, StaffRole Role) : AccountRuleError
    {
        public override string Message =>
            $"账户“{UserName}”是{Role.ChineseName()}，管理员账户不能在账户管理中停用、启用或重置密码。";
    }

    public sealed record ActorNotAllowed(StaffRole? ActorRole) : AccountRuleError
    {
        public override string Message => $"角色“{ActorRole?.ChineseName() ?? "无"}”无权执行此操作。";
    }

    public sealed record AccountNotFound(Guid AccountId) : AccountRuleError
    {
        public override string Message => $"未找到账户 {AccountId}，请刷新账户列表后重试。";
    }

    public sealed record RequestNotFound(int RequestId) : AccountRuleError
    {
        public override string Message => $"未找到角色申请 {RequestId}，请刷新列表后重试。";
    }

    public sealed record DepartmentNotFound(int? DepartmentId) : AccountRuleError
    {
        public override string Message => $"部门 {DepartmentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（未选择）"} 不存在，请从列表中选择部门。";
    }

    public sealed record RoleInvalid(string? Value) : AccountRuleError
    {
        public override string Message => $"角色“{Value}”无效，请从列表中选择角色。";
    }

    public sealed record UserNameInvalid(string? Value) : AccountRuleError
    {
        public override string Message =>
            $"用户名“{Value}”无效：需为{AccountRules.MinUserNameLength}至{AccountRules.MaxUserNameLength}个字符，"
            + "只能包含英文字母、数字、点、下划线和连字符。";
    }

    public sealed record UserNameTaken(string UserName) : AccountRuleError
    {
        public override string Message => $"用户名“{UserName}”已被使用，请换一个用户名。";
    }

    public sealed record DisplayNameInvalid(int Length) : AccountRuleError
    {
        public override string Message =>
            $"姓名需为1至{AccountRules.MaxDisplayNameLength}个字符，当前为{Length}个，请重新填写。";
    }

    public sealed record IdentityFailed(string Description) : AccountRuleError
    {
        public override string Message => $"保存账户失败：{Description}";
    }
}
