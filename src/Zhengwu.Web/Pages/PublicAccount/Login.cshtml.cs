using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Accounts.Registration;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.PublicAccount;

/// <summary>
/// Public sign-in with an ID number, credit code, phone number or e-mail address and a password. Staff accounts
/// are never found here, and the public cookie never opens staff pages.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginModel(
    PublicAccounts accounts,
    SignInManager<Infrastructure.Accounts.Account> signIn,
    AccountAudit audit,
    IOptions<AccountSecurityOptions> security) : PageModel
{
    [BindProperty]
    public string? Identifier { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The local page to return to after sign-in; any other value returns to the account page.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    /// <summary>One message for an unknown account and a wrong password, so the page does not tell which accounts exist.</summary>
    private string WrongCredentials =>
        $"账号或密码错误。连续失败{security.Value.MaxFailedAttempts}次后账户将锁定{security.Value.LockoutMinutes}分钟。";

    public void OnGet(string? message) => Message = message == "signed-out" ? "您已退出登录。" : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = await accounts.FindForSignInAsync(Identifier, cancellationToken);
        if (account is null || string.IsNullOrEmpty(Password))
        {
            await audit.RecordAsync(AuditActions.LoginFailed, AuditResult.Failed, null, "unknown public account");

            return Fail(WrongCredentials);
        }

        var result = await signIn.CheckPasswordSignInAsync(account, Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditActions.AccountLocked, AuditResult.Denied, account, "public password step");

            return Fail($"连续登录失败次数过多，账户已锁定{security.Value.LockoutMinutes}分钟。");
        }

        if (!result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.LoginFailed, AuditResult.Failed, account, result.IsNotAllowed ? "account disabled" : "wrong password");

            return Fail(WrongCredentials);
        }

        if (!PublicAccounts.IsConfirmed(account))
        {
            await accounts.ResendAsync(account, cancellationToken);

            return RedirectToPage("/PublicAccount/Verify", new { account = account.Id });
        }

        await audit.RecordAsync(AuditActions.LoginSucceeded, AuditResult.Succeeded, account, "public sign-in");
        await PublicSession.SignInAsync(HttpContext, account);

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account");
    }

    private PageResult Fail(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;

        return Page();
    }
}
