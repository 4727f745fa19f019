using System.Globalization;
using System.Security.Claims;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Web.Accounts;

internal static class ContentActors
{
    /// <summary>
    /// Returns the signed-in staff member as a content actor, read from the session's claims, or null when the
    /// account has no role, department or region. Identity revalidates the claims on every request, so a role or
    /// department change takes effect at once.
    /// </summary>
    public static ContentActor? GetContentActor(this HttpContext context)
    {
        var user = context.User;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || !Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role)
            || !int.TryParse(user.FindFirstValue(AccountClaimsFactory.DepartmentClaim), CultureInfo.InvariantCulture, out var department)
            || user.FindFirstValue(AccountClaimsFactory.RegionClaim) is not { } region)
        {
            return null;
        }

        return new ContentActor(
            id,
            user.Identity?.Name ?? "",
            new StaffScope(role, department, region),
            context.Connection.RemoteIpAddress?.ToString());
    }
}
