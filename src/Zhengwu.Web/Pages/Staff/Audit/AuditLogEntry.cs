using System.Security.Claims;
using Zhengwu.Domain.Audit;

namespace Zhengwu.Web.Pages.Staff.Audit;

/// <summary>Builds the audit entry of an action the signed-in audit administrator takes on the audit log.</summary>
internal static class AuditLogEntry
{
    public const string ObjectType = "audit-log";

    public static AuditEntry For(HttpContext context, string action, AuditResult result, string detail) =>
        new(action, result)
        {
            AccountId = context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value,
            AccountName = context.User.Identity?.Name,
            Role = context.User.FindFirst(ClaimTypes.Role)?.Value,
            ObjectType = ObjectType,
            ClientAddress = context.Connection.RemoteIpAddress?.ToString(),
            Detail = detail,
        };
}
