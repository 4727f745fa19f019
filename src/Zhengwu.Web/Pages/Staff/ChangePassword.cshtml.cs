using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Web.Accounts;

using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff;

[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class ChangePasswordModel(PendingSignIn pending, AccountPasswords passwords, AccountAudit audit)
    : PageModel
{
    private const string ChangePasswordStep = "/staff/login/change-password";

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public string Reason { get; private set; } = "";

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await pending.GetAccountAsync();
        if (account is null)
        {
            return LocalRedirect("/staff/login?message=expired");
        }

        // Only a one-time or expired password may be changed here: otherwise the password alone, without the
        // second factor, could change the password and end the owner's sessions.
        if (pending.NextStep(account) != ChangePasswordStep)
        {
            return LocalRedirect(pending.NextStep(account));
        }

        Describe(account);

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await pending.GetAccountAsync();
        if (account is null)
        {
            return LocalRedirect("/staff/login?message=expired");
        }

        // Only a one-time or expired password may be changed here: otherwise the password alone, without the
        // second factor, could change the password and end the owner's sessions.
        if (pending.NextStep(account) != ChangePasswordStep)
        {
            return LocalRedirect(pending.NextStep(account));
        }

        Describe(account);
        if (NewPassword != ConfirmPassword)
        {
            return Fail("两次输入的新密码不一致。");
        }

        var result = await passwords.ChangeAsync(account, CurrentPassword ?? "", NewPassword ?? "");
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(error => error.Code == "PasswordMismatch" ? "当前密码不正确。" : error.Description));

            await audit.RecordAsync(AuditActions.PasswordChanged, AuditResult.Failed, account, "rejected by password rules");

            return Fail(null);
        }

        await audit.RecordAsync(AuditActions.PasswordChanged, AuditResult.Succeeded, account);

        return LocalRedirect(pending.NextStep(account));
    }

    private void Describe(Infrastructure.Accounts.Account account) =>
        Reason = account.MustChangePassword ? "这是一次性密码，请先设置您自己的密码。" : "密码已超过有效期，请设置新密码。";

    private PageResult Fail(string? message)
    {
        if (message is not null)
        {
            Errors.Add(message);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;

        return Page();
    }
}
