using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff;

public sealed class LogoutModel(UserManager<Account> users, SignInManager<Account> signIn, AccountAudit audit)
    : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>
    /// Signs out and renews the account's security stamp, so every other cookie of this account, including a
    /// copy of this one, is rejected at its next request.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } account)
        {
            await users.UpdateSecurityStampAsync(account);
            await audit.RecordAsync(AuditActions.Logout, AuditResult.Succeeded, account);
        }

        await signIn.SignOutAsync();

        return LocalRedirect("/staff/login?message=signed-out");
    }
}
