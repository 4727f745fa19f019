using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Web.Accounts;

/// <summary>
/// Refuses disabled accounts and stamps every session with its sign-in time, which the cookie check uses
/// to end sessions after their absolute lifetime even while they stay active.
/// </summary>
public sealed class ZhengwuSignInManager(
    UserManager<Account> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Account> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<Account>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Account> confirmation,
    TimeProvider clock)
    : SignInManager<Account>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    public const string SignedInAtItem = "zhengwu.signed-in-at";

    public override async Task<bool> CanSignInAsync(Account user) => !user.IsDisabled && await base.CanSignInAsync(user);

    /// <summary>Rejects the sessions of a disabled account at their next request, as a changed stamp does.</summary>
    public override async Task<bool> ValidateSecurityStampAsync(Account? user, string? securityStamp) =>
        user is { IsDisabled: false } && await base.ValidateSecurityStampAsync(user, securityStamp);

    public override Task SignInWithClaimsAsync(
        Account user,
        AuthenticationProperties? authenticationProperties,
        IEnumerable<Claim> additionalClaims)
    {
        var properties = authenticationProperties ?? new AuthenticationProperties();
        properties.IsPersistent = false;
        properties.Items[SignedInAtItem] = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        return base.SignInWithClaimsAsync(user, properties, additionalClaims);
    }
}
