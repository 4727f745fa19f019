using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>The outcome of an account action: the rule it broke, or the one-time password it created.</summary>
public sealed record AdministrationResult(AccountRuleError? Error, string? OneTimePassword = null)
{
    public bool Succeeded => Error is null;

    public static AdministrationResult Success(string? oneTimePassword = null) => new(null, oneTimePassword);
}
