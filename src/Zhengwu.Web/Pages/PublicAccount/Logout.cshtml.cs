using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Audit;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.PublicAccount;

/// <summary>Ends every session of the public account by changing its security stamp, then clears the cookie.</summary>
public sealed class LogoutModel(UserManager<Infrastructure.Accounts.Account> users, AccountAudit audit) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await HttpContext.AuthenticateAsync(PublicSession.Scheme);
        if (result.Principal is { } principal && PublicSession.AccountId(principal) is { } id
            && await users.FindByIdAsync(id.ToString()) is { IsStaff: false } account)
        {
            await users.UpdateSecurityStampAsync(account);
            await audit.RecordAsync(AuditActions.Logout, AuditResult.Succeeded, account, "public sign-out");
        }

        await HttpContext.SignOutAsync(PublicSession.Scheme);

        return LocalRedirect("/account/login?message=signed-out");
    }
}
