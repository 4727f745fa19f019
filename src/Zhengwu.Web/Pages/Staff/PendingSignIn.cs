using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Web.Pages.Staff;

/// <summary>
/// A password check that succeeded but is not yet a session. The account waits in Identity's short-lived
/// two-factor cookie until it has changed a one-time or expired password, enrolled an authenticator and
/// entered a code. Only then does it get the application cookie.
/// </summary>
public sealed class PendingSignIn(
    SignInManager<Account> signIn,
    IOptions<AccountSecurityOptions> security,
    TimeProvider clock)
{
    public async Task StartAsync(HttpContext context, Account account)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, account.Id.ToString()));
        await context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    public Task<Account?> GetAccountAsync() => signIn.GetTwoFactorAuthenticationUserAsync();

    /// <summary>Returns the page the account must complete next.</summary>
    public string NextStep(Account account)
    {
        if (account.MustChangePassword || IsPasswordExpired(account))
        {
            return "/staff/login/change-password";
        }

        return account.TwoFactorEnabled ? "/staff/login/code" : "/staff/login/enroll";
    }

    public bool IsPasswordExpired(Account account) =>
        clock.GetUtcNow() - account.PasswordChangedAt > TimeSpan.FromDays(security.Value.PasswordMaxAgeDays);

    public Task EndAsync(HttpContext context) => context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
}
