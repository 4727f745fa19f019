using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>
/// Creates the system, security and audit administrators with random one-time passwords. No build ships a
/// default account or password: this runs only on request, and only while no administrator exists.
/// </summary>
public sealed class AdministratorBootstrap(
    UserManager<Account> users,
    ZhengwuDbContext db,
    AuditLog audit,
    TimeProvider clock)
{
    private static readonly (string UserName, string DisplayName, StaffRole Role)[] s_administrators =
    [
        ("sysadmin", "系统管理员", StaffRole.SystemAdministrator),
        ("secadmin", "安全管理员", StaffRole.SecurityAdministrator),
        ("auditadmin", "审计管理员", StaffRole.AuditAdministrator),
    ];

    /// <summary>Returns the created user names with their one-time passwords, or an error message in Chinese.</summary>
    public async Task<(IReadOnlyList<(string UserName, string Password)> Created, string? Error)> RunAsync(
        CancellationToken cancellationToken = default)
    {
        var roles = s_administrators.Select(administrator => (StaffRole?)administrator.Role).ToList();
        if (await db.Users.AnyAsync(account => roles.Contains(account.Role), cancellationToken))
        {
            return ([], "已存在管理员账户：初始化只能执行一次。请由系统管理员在后台管理账户。");
        }

        var center = await db.Departments
            .Where(department => department.Role == OfficeRole.ServiceCenter)
            .OrderBy(department => department.RegionCode)
            .FirstOrDefaultAsync(cancellationToken);
        if (center is null)
        {
            return ([], "未找到政务服务中心：请先导入部门（类型为 office，名称含“政务服务中心”）。");
        }

        var created = new List<(string, string)>();
        foreach (var (userName, displayName, role) in s_administrators)
        {
            var password = AccountPasswords.GenerateOneTimePassword();
            var account = new Account
            {
                UserName = userName,
                DisplayName = displayName,
                Role = role,
                DepartmentId = center.Id,
                RegionCode = center.RegionCode,
                MustChangePassword = true,
                PasswordChangedAt = clock.GetUtcNow(),
                CreatedAt = clock.GetUtcNow(),
                LockoutEnabled = true,
            };
            var result = await users.CreateAsync(account, password);
            if (!result.Succeeded)
            {
                return (created, string.Join("；", result.Errors.Select(error => error.Description)));
            }

            created.Add((userName, password));
            await audit.AppendAsync(
                new AuditEntry(AuditActions.AccountCreated, AuditResult.Succeeded)
                {
                    AccountName = "admin bootstrap",
                    Role = role.ToString(),
                    ObjectType = "account",
                    ObjectId = account.Id.ToString(),
                    Detail = userName,
                },
                cancellationToken);
        }

        return (created, null);
    }
}
