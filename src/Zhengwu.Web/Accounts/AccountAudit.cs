using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Audit;

namespace Zhengwu.Web.Accounts;

/// <summary>Writes sign-in and account events to the audit log with the account, role and client address.</summary>
public sealed class AccountAudit(AuditLog log, IHttpContextAccessor http)
{
    public Task RecordAsync(string action, AuditResult result, Account? account, string? detail = null, string? userName = null) =>
        log.AppendAsync(new AuditEntry(action, result)
        {
            AccountId = account?.Id.ToString(),
            AccountName = account?.UserName ?? userName,
            Role = account?.Role?.ToString(),
            ObjectType = "account",
            ObjectId = account?.Id.ToString(),
            ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Detail = detail,
        });

    /// <summary>Records a request that the signed-in account's role or department does not allow.</summary>
    public Task DeniedAsync(HttpContext context) =>
        log.AppendAsync(new AuditEntry(AuditActions.AccessDenied, AuditResult.Denied)
        {
            AccountId = context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
            AccountName = context.User.Identity?.Name,
            Role = context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value,
            ObjectType = "path",
            ObjectId = context.Request.Path.Value,
            ClientAddress = context.Connection.RemoteIpAddress?.ToString(),
        });
}
