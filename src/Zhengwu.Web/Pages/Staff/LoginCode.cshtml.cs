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
public sealed class LoginCodeModel(SignInManager<Account> signIn, PendingSignIn pending, AccountAudit audit)
    : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await RequireStepAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await RequireStepAsync() is { } redirect)
        {
            return redirect;
        }

        var account = await pending.GetAccountAsync();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code ?? "", isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.LoginSucceeded, AuditResult.Succeeded, account, "authenticator code");

            return LocalRedirect("/staff");
        }

        var action = result.IsLockedOut ? AuditActions.AccountLocked : AuditActions.LoginFailed;
        await audit.RecordAsync(action, AuditResult.Failed, account, "authenticator code");

        Error = result.IsLockedOut
            ? "连续验证失败次数过多，账户已锁定，请稍后再试。"
            : "验证码错误、已过期或已使用过，请输入验证器当前显示的验证码。";
        Response.StatusCode = StatusCodes.Status400BadRequest;

        return Page();
    }

    private async Task<IActionResult?> RequireStepAsync()
    {
        var account = await pending.GetAccountAsync();
        if (account is null)
        {
            return LocalRedirect("/staff/login?message=expired");
        }

        var next = pending.NextStep(account);

        return next == "/staff/login/code" ? null : LocalRedirect(next);
    }
}
