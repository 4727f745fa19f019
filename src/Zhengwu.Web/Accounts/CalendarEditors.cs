using System.Security.Claims;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Calendar;

namespace Zhengwu.Web.Accounts;

internal static class CalendarEditors
{
    /// <summary>Returns the signed-in staff member as a calendar editor, read from the session's claims, or null without a role.</summary>
    public static CalendarEditor? GetCalendarEditor(this HttpContext context)
    {
        var user = context.User;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || !Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return null;
        }

        return new CalendarEditor(id, user.Identity?.Name ?? "", role, context.Connection.RemoteIpAddress?.ToString());
    }
}
