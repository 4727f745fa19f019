using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>Writes one audit record per account action, on the account the action concerns.</summary>
internal sealed class AccountAdministrationAudit(AuditLog log)
{
    public Task SucceededAsync(AdministrationActor actor, string action, Guid accountId, string detail) =>
        AppendAsync(actor, action, AuditResult.Succeeded, accountId.ToString(), detail);

    /// <summary>
    /// Records a rejected action. Rules about who may act on whom are access control and are recorded as
    /// denied; invalid input and stale state are recorded as failed.
    /// </summary>
    public Task RejectedAsync(AdministrationActor actor, string action, string? objectId, AccountRuleError error)
    {
        var result = error is AccountRuleError.ActorNotAllowed or AccountRuleError.SelfGrant
            or AccountRuleError.OwnRequest or AccountRuleError.ConcernsApprover or AccountRuleError.OwnAccount
            or AccountRuleError.AdministratorAccountProtected or AccountRuleError.AdministratorRoleLocked
            or AccountRuleError.AccountHasRole
            ? AuditResult.Denied
            : AuditResult.Failed;

        return AppendAsync(actor, action, result, objectId, error.GetType().Name);
    }

    private Task<AuditRecord> AppendAsync(AdministrationActor actor, string action, AuditResult result, string? objectId, string detail) =>
        log.AppendAsync(new AuditEntry(action, result)
        {
            AccountId = actor.Id.ToString(),
            AccountName = actor.UserName,
            Role = actor.Role?.ToString(),
            ObjectType = "account",
            ObjectId = objectId,
            ClientAddress = actor.ClientAddress,
            Detail = detail,
        });
}
