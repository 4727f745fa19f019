using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Zhengwu.Infrastructure.Approvals.Cases;

namespace Zhengwu.Web.Accounts;

internal static class CaseApplicants
{
    /// <summary>
    /// Returns the public account signed in on this request, or null. Pages that return 404 to anonymous requests
    /// call this, because the default scheme of the portal is the staff cookie. Pages under the
    /// <see cref="PublicSession.SignedInIfAny"/> policy read their user with <see cref="From"/> instead.
    /// </summary>
    public static async Task<CaseApplicant?> AuthenticateAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(PublicSession.Scheme);

        return result.Succeeded ? From(context, result.Principal) : null;
    }

    /// <summary>Returns the public account of <paramref name="user"/>, or null when it is not a public sign-in.</summary>
    public static CaseApplicant? From(HttpContext context, ClaimsPrincipal user) =>
        PublicSession.AccountId(user) is { } id
            ? new CaseApplicant(id, user.Identity?.Name ?? "", context.Connection.RemoteIpAddress?.ToString())
            : null;
}
