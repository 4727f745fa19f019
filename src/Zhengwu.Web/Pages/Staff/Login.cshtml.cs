using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Web.Accounts;

using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff;

[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginModel(
    UserManager<Account> users,
    SignInManager<Account> signIn,
    PendingSignIn pending,
    AccountAudit audit,
    IOptions<AccountSecurityOptions> security) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    /// <summary>
    /// The one message for an unknown name, a wrong password and a disabled account, so the page does not
    /// tell which accounts exist.
    /// </summary>
    private string WrongCredentials =>
        $"用户名或密码错误。连续失败{security.Value.MaxFailedAttempts}次后账户将锁定{security.Value.LockoutMinutes}分钟。";

    public string? Message { get; private set; }

    public void OnGet(string? message) => Message = message switch
    {
        "signed-out" => "您已退出登录。",
        "expired" => "会话已结束，请重新登录。",
        _ => null,
    };

    public async Task<IActionResult> OnPostAsync()
    {
        var account = string.IsNullOrWhiteSpace(UserName) ? null : await users.FindByNameAsync(UserName.Trim());
        if (account is null || !account.IsStaff || string.IsNullOrEmpty(Password))
        {
            await audit.RecordAsync(AuditActions.LoginFailed, AuditResult.Failed, null, "unknown account", UserName);

            return Fail(WrongCredentials);
        }

        var result = await signIn.CheckPasswordSignInAsync(account, Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditActions.AccountLocked, AuditResult.Denied, account, "password step");

            return Fail($"连续登录失败次数过多，账户已锁定{security.Value.LockoutMinutes}分钟。");
        }

        if (result.IsNotAllowed)
        {
            await audit.RecordAsync(AuditActions.LoginFailed, AuditResult.Denied, account, "account disabled");

            return Fail(WrongCredentials);
        }

        if (!result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.LoginFailed, AuditResult.Failed, account, "wrong password");

            return Fail(WrongCredentials);
        }

        await pending.StartAsync(HttpContext, account);

        return LocalRedirect(pending.NextStep(account));
    }

    private PageResult Fail(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;

        return Page();
    }
}
