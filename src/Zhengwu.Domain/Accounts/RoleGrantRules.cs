using Zhengwu.Domain.Organization;

namespace Zhengwu.Domain.Accounts;

/// <summary>
/// Who may request which role for which account, and who may decide. The rules are checked when a request is
/// made and again when it is approved, because the account may have changed in between.
/// </summary>
public static class RoleGrantRules
{
    public const int MaxReasonLength = 200;

    /// <summary>
    /// Checks a request of <paramref name="role"/> for <paramref name="target"/> by <paramref name="requesterId"/>.
    /// An account has one role, so a granted role replaces the current one. An administrator role goes only to
    /// an account without a role, and an administrator's role never changes, so no account ever has two
    /// administrator roles one after the other.
    /// </summary>
    public static AccountRuleError? CheckGrant(Guid requesterId, GrantTarget target, StaffRole role)
    {
        if (target.AccountId == requesterId)
        {
            return new AccountRuleError.SelfGrant();
        }

        if (target.CurrentRole is { } current)
        {
            if (current.IsAdministrator())
            {
                return new AccountRuleError.AdministratorRoleLocked(target.UserName, current);
            }

            if (current == role)
            {
                return new AccountRuleError.SameRole(target.UserName, role);
            }

            if (role.IsAdministrator())
            {
                return new AccountRuleError.AccountHasRole(target.UserName, current, role);
            }
        }

        return CheckOffice(target, role);
    }

    /// <summary>Checks that the decider neither made the request nor is the account it concerns.</summary>
    public static AccountRuleError? CheckDecider(Guid requestedById, Guid accountId, Guid deciderId)
    {
        if (deciderId == requestedById)
        {
            return new AccountRuleError.OwnRequest();
        }

        return deciderId == accountId ? new AccountRuleError.ConcernsApprover() : null;
    }

    /// <summary>Checks a rejection reason after trimming: required, at most <see cref="MaxReasonLength"/> characters.</summary>
    public static AccountRuleError? CheckReason(string? reason)
    {
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return new AccountRuleError.ReasonMissing();
        }

        return trimmed.Length > MaxReasonLength ? new AccountRuleError.ReasonTooLong(trimmed.Length) : null;
    }

    /// <summary>
    /// A role tied to an office goes only to an account of such an office. The account's region is its
    /// department's, so a review office reviewer works for the review office of that region.
    /// </summary>
    private static AccountRuleError.WrongOffice? CheckOffice(GrantTarget target, StaffRole role)
    {
        var required = role.RequiredOffice();
        if (required == OfficeRole.None || target.DepartmentOffice == required)
        {
            return null;
        }

        return new AccountRuleError.WrongOffice(target.DepartmentName, role, required);
    }
}
