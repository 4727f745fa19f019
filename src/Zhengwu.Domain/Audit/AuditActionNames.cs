namespace Zhengwu.Domain.Audit;

/// <summary>Chinese labels of the audit action codes and results, for the audit administrator's pages.</summary>
public static class AuditActionNames
{
    private static readonly Dictionary<string, string> s_labels = new(StringComparer.Ordinal)
    {
        [AuditActions.LoginSucceeded] = "登录成功",
        [AuditActions.LoginFailed] = "登录失败",
        [AuditActions.Logout] = "退出登录",
        [AuditActions.PasswordChanged] = "修改密码",
        [AuditActions.SecondFactorEnrolled] = "绑定身份验证器",
        [AuditActions.AccountCreated] = "创建账户",
        [AuditActions.AccountLocked] = "账户锁定",
        [AuditActions.AccessDenied] = "拒绝访问",
        [AuditActions.RoleChanged] = "变更角色",
        [AuditActions.ContentChanged] = "修改内容",
        [AuditActions.ContentPublished] = "发布内容",
        [AuditActions.Export] = "导出",
        [AuditActions.PersonalDataRead] = "查阅个人信息",
        [AuditActions.AuditPurged] = "清理过期审计记录",
        [AuditActions.AuditVerified] = "校验审计日志",
        [AuditActions.CaseFiled] = "在线申报",
        [AuditActions.CaseHandled] = "办理申报件",
        [AuditActions.CaseResubmitted] = "补正后重新提交",
        [AuditActions.FeedbackReceived] = "收到咨询投诉",
        [AuditActions.FeedbackAnswered] = "答复咨询投诉",
        [AuditActions.FeedbackPublished] = "公开咨询投诉答复",
    };

    /// <summary>The codes of <see cref="AuditActions"/>, in the order the filter lists them.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. s_labels.Keys];

    public static bool IsKnown(string code) => s_labels.ContainsKey(code);

    /// <summary>Returns the Chinese label of <paramref name="code"/>, or the code itself when it has none.</summary>
    public static string ChineseName(string code) => s_labels.GetValueOrDefault(code, code);

    public static string ChineseName(this AuditResult result) => result switch
    {
        AuditResult.Succeeded => "成功",
        AuditResult.Failed => "失败",
        AuditResult.Denied => "拒绝",
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
    };
}
