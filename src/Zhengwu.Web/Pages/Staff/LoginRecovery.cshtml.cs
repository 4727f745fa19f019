using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Web.Accounts;

using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff;

[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginRecoveryModel(SignInManager<Account> signIn, PendingSignIn pending, AccountAudit audit)
    : PageModel
{
    [BindProperty]
    public string? RecoveryCode { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await pending.GetAccountAsync() is { TwoFactorEnabled: true } ? Page() : LocalRedirect("/staff/login?message=expired");

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await pending.GetAccountAsync();
        if (account is not { TwoFactorEnabled: true } || pending.NextStep(account) != "/staff/login/code")
        {
            return LocalRedirect("/staff/login?message=expired");
        }

        var code = (RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.LoginSucceeded, AuditResult.Succeeded, account, "recovery code");

            return LocalRedirect("/staff");
        }

        var action = result.IsLockedOut ? AuditActions.AccountLocked : AuditActions.LoginFailed;
        await audit.RecordAsync(action, AuditResult.Failed, account, "recovery code");

        Error = result.IsLockedOut ? "连续验证失败次数过多，账户已锁定，请稍后再试。" : "恢复码无效或已使用过。";
        Response.StatusCode = StatusCodes.Status400BadRequest;

        return Page();
    }
}
