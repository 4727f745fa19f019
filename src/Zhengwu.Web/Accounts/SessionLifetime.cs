using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Web.Accounts;

/// <summary>
/// Checks every authenticated request: the session must be younger than the absolute lifetime, and the
/// account's security stamp must still match, so a logout, password change or disabled account ends every
/// other session at once.
/// </summary>
internal static class SessionLifetime
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var security = services.GetRequiredService<IOptions<AccountSecurityOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (IsExpired(context.Properties, now, TimeSpan.FromHours(security.AbsoluteSessionHours)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);

            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static bool IsExpired(AuthenticationProperties properties, DateTimeOffset now, TimeSpan lifetime)
    {
        if (!properties.Items.TryGetValue(ZhengwuSignInManager.SignedInAtItem, out var text)
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return true;
        }

        return now - DateTimeOffset.FromUnixTimeSeconds(seconds) > lifetime;
    }
}
