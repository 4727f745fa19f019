using Microsoft.AspNetCore.Identity;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>
/// Resets the password of one of the three administrator accounts from the server's command line, the only way
/// back in for an administrator who lost a password, because the back office resets only staff without an
/// administrator role. The account gets a random one-time password that must be changed at the next sign-in, its
/// lockout is lifted, and its authenticator and recovery codes stay, so the second factor is still required.
/// </summary>
public sealed class AdministratorRecovery(UserManager<Account> users, AccountPasswords passwords, AuditLog audit)
{
    /// <summary>The account name the audit log records for actions taken on the server's command line.</summary>
    public const string CommandActor = "admin reset-password";

    /// <summary>Returns the one-time password, or an error message in Chinese naming the user name.</summary>
    public async Task<(string? Password, string? Error)> ResetPasswordAsync(string userName, CancellationToken cancellationToken = default)
    {
        var account = await users.FindByNameAsync(userName);
        if (account is null || account.Role is not { } role || !role.IsAdministrator())
        {
            await RecordAsync(AuditResult.Failed, account, userName, "不是管理员账户", cancellationToken);

            return (null, $"没有用户名为“{userName}”的管理员账户。其他工作人员的密码由系统管理员在后台“账户管理”中重置。");
        }

        var (result, password) = await passwords.ResetAsync(account);
        if (!result.Succeeded)
        {
            var reason = string.Join("；", result.Errors.Select(error => error.Description));
            await RecordAsync(AuditResult.Failed, account, userName, reason, cancellationToken);

            return (null, $"重置“{userName}”的密码失败：{reason}");
        }

        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        await RecordAsync(AuditResult.Succeeded, account, userName, "命令行重置管理员密码，解除锁定，保留身份验证器", cancellationToken);

        return (password, null);
    }

    private Task<AuditRecord> RecordAsync(
        AuditResult result,
        Account? account,
        string userName,
        string detail,
        CancellationToken cancellationToken) =>
        audit.AppendAsync(
            new AuditEntry(AuditActions.PasswordReset, result)
            {
                AccountName = CommandActor,
                Role = account?.Role?.ToString(),
                ObjectType = "account",
                ObjectId = account?.Id.ToString() ?? userName,
                Detail = detail,
            },
            cancellationToken);
}
