using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Web.Accounts;

/// <summary>
/// Sign-in of person and company accounts under their own cookie scheme, which staff pages never accept. Every
/// request checks that the account still exists, is not disabled, keeps its security stamp and that the session
/// is younger than the absolute lifetime, so logging out ends every session of the account at once.
/// </summary>
public static class PublicSession
{
    public const string Scheme = "Zhengwu.Public";
    public const string CookieName = "__Host-zhengwu-public";

    /// <summary>
    /// The authorization policy of pages that serve anyone but act for the public account signed in, if any. It makes
    /// that account the request's user before the form token is checked, so the token is bound to the account.
    /// </summary>
    public const string SignedInIfAny = "PublicSessionIfAny";

    private const string StampClaim = "zhengwu.stamp";
    private const string SignedInAtItem = "zhengwu.public-signed-in-at";

    public static async Task SignInAsync(HttpContext context, Account account)
    {
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
                new Claim(ClaimTypes.Name, account.UserName ?? ""),
                new Claim(StampClaim, account.SecurityStamp ?? ""),
            ],
            Scheme);
        var properties = new AuthenticationProperties { IsPersistent = false };
        properties.Items[SignedInAtItem] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        await context.SignInAsync(Scheme, new ClaimsPrincipal(identity), properties);
    }

    /// <summary>Returns the id of the signed-in public account, or null.</summary>
    public static Guid? AccountId(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: Scheme }
        && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var security = services.GetRequiredService<IOptions<AccountSecurityOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var users = services.GetRequiredService<UserManager<Account>>();
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var account = id is null ? null : await users.FindByIdAsync(id);
        var valid = account is { IsStaff: false, IsDisabled: false }
            && account.SecurityStamp == context.Principal?.FindFirstValue(StampClaim)
            && !IsExpired(context.Properties, now, TimeSpan.FromHours(security.AbsoluteSessionHours));
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }

    public static void Configure(CookieAuthenticationOptions options, IOptions<AccountSecurityOptions> security)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.Path = "/";
        options.ExpireTimeSpan = TimeSpan.FromMinutes(security.Value.IdleTimeoutMinutes);
        options.SlidingExpiration = true;
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/account/login";
        options.Events.OnValidatePrincipal = ValidateAsync;
    }

    private static bool IsExpired(AuthenticationProperties properties, DateTimeOffset now, TimeSpan lifetime) =>
        !properties.Items.TryGetValue(SignedInAtItem, out var text)
        || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > lifetime;
}
