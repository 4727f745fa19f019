using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Accounts.Registration;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.PublicAccount;

/// <summary>The signed-in applicant's own account, with the ID number and contact masked.</summary>
[Authorize(AuthenticationSchemes = PublicSession.Scheme)]
public sealed class IndexModel(UserManager<Infrastructure.Accounts.Account> users, PublicAccounts accounts) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string KindName { get; private set; } = "";

    public string IdentityNumber { get; private set; } = "";

    public string MaskedContact { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = PublicSession.AccountId(User) is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (account is null)
        {
            return Challenge(PublicSession.Scheme);
        }

        DisplayName = account.DisplayName;
        KindName = account.Kind == AccountKind.Company ? "法人（单位）" : "个人";
        var access = new PersonalDataAccess(
            account.Id.ToString(), account.UserName ?? "", "本人查看账户信息", HttpContext.Connection.RemoteIpAddress?.ToString());
        IdentityNumber = await accounts.ReadIdNumberAsync(account, access, cancellationToken) is { } number
            ? ResidentIdNumber.Mask(number)
            : account.CreditCode ?? "";
        var (channel, address) = await accounts.ReadContactAsync(account, access, cancellationToken);
        MaskedContact = ContactAddress.Mask(channel, address);

        return Page();
    }
}
