namespace Zhengwu.Domain.Accounts;

/// <summary>
/// Input limits of staff accounts and the rule for disabling, enabling and resetting them: the system
/// administrator manages accounts without an administrator role, never an administrator account and never
/// their own. The three administrator accounts are created by the bootstrap command. The back office offers no way
/// to disable them or reset their passwords; the <c>admin reset-password</c> command on the server does the reset.
/// </summary>
public static class AccountRules
{
    public const int MinUserNameLength = 3;
    public const int MaxUserNameLength = 32;
    public const int MaxDisplayNameLength = 50;

    public static AccountRuleError? CheckManage(Guid actorId, Guid targetId, string userName, StaffRole? targetRole)
    {
        if (actorId == targetId)
        {
            return new AccountRuleError.OwnAccount();
        }

        return targetRole is { } role && role.IsAdministrator()
            ? new AccountRuleError.AdministratorAccountProtected(userName, role)
            : null;
    }

    /// <summary>Checks a user name: 3 to 32 ASCII letters, digits, dots, underscores or hyphens.</summary>
    public static AccountRuleError? CheckUserName(string? userName)
    {
        var valid = userName is { Length: >= MinUserNameLength and <= MaxUserNameLength }
            && userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

        return valid ? null : new AccountRuleError.UserNameInvalid(userName);
    }

    public static AccountRuleError? CheckDisplayName(string? displayName)
    {
        var length = displayName?.Trim().Length ?? 0;

        return length is 0 or > MaxDisplayNameLength ? new AccountRuleError.DisplayNameInvalid(length) : null;
    }
}
