using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>
/// Checks a new staff password against the length, character-class and common-password rules and the
/// account's last passwords. Public accounts get the length and common-password checks only, because
/// rotation and composition rules are not required of the public.
/// </summary>
public sealed class StaffPasswordValidator(
    ZhengwuDbContext db,
    IPasswordHasher<Account> hasher,
    IOptions<AccountSecurityOptions> options) : IPasswordValidator<Account>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Fail("PasswordEmpty", "密码不能为空。");
        }

        var problems = user.IsStaff
            ? PasswordRules.Check(password, CommonPasswords.All).ToList()
            : PublicProblems(password);
        if (user.IsStaff && await IsRecentAsync(user, password))
        {
            problems.Add($"新密码不能与最近{options.Value.PasswordHistoryCount}次使用过的密码相同。");
        }

        return problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(problem => new IdentityError { Code = "PasswordPolicy", Description = problem })]);
    }

    private static List<string> PublicProblems(string password)
    {
        var problems = new List<string>();
        if (password.Length < 8)
        {
            problems.Add("密码至少需要8个字符。");
        }

        if (PasswordRules.IsCommon(password, CommonPasswords.All))
        {
            problems.Add("该密码属于常见密码，容易被猜中，请另选。");
        }

        return problems;
    }

    private async Task<bool> IsRecentAsync(Account user, string password)
    {
        var recent = await db.PasswordHistory
            .Where(entry => entry.AccountId == user.Id)
            .OrderByDescending(entry => entry.Id)
            .Take(options.Value.PasswordHistoryCount)
            .Select(entry => entry.PasswordHash)
            .ToListAsync();
        if (user.PasswordHash is not null)
        {
            recent.Add(user.PasswordHash);
        }

        return recent.Any(hash => hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed);
    }

    private static IdentityResult Fail(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
