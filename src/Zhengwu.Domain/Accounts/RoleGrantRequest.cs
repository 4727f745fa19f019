namespace Zhengwu.Domain.Accounts;

/// <summary>
/// A request by the system administrator to give an account a role, which takes effect only when the security
/// administrator approves it. Decided requests stay as the record of who granted which role.
/// </summary>
public sealed class RoleGrantRequest
{
    public RoleGrantRequest(Guid accountId, StaffRole role, Guid requestedById, DateTimeOffset requestedAt)
    {
        AccountId = accountId;
        Role = role;
        RequestedById = requestedById;
        RequestedAt = requestedAt;
        Status = RoleGrantStatus.Pending;
    }

    public int Id { get; private set; }

    public Guid AccountId { get; private set; }

    public StaffRole Role { get; private set; }

    public Guid RequestedById { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public RoleGrantStatus Status { get; private set; }

    public Guid? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>
    /// Approves the request after checking the decider and, against <paramref name="target"/> as it is now, every
    /// rule of the original request. Returns the first rule broken, or null when the request is approved.
    /// </summary>
    public AccountRuleError? Approve(Guid deciderId, GrantTarget target, DateTimeOffset at)
    {
        var error = CheckDecision(deciderId, RoleGrantTrigger.Approve)
            ?? RoleGrantRules.CheckGrant(RequestedById, target, Role);
        if (error is null)
        {
            Decide(RoleGrantStatus.Approved, deciderId, at);
        }

        return error;
    }

    /// <summary>Rejects the request and stores the reason with it, or returns the rule broken.</summary>
    public AccountRuleError? Reject(Guid deciderId, string? reason, DateTimeOffset at)
    {
        var error = CheckDecision(deciderId, RoleGrantTrigger.Reject) ?? RoleGrantRules.CheckReason(reason);
        if (error is null)
        {
            Decide(RoleGrantStatus.Rejected, deciderId, at);
            RejectionReason = reason!.Trim();
        }

        return error;
    }

    private AccountRuleError? CheckDecision(Guid deciderId, RoleGrantTrigger trigger)
    {
        if (RoleGrantTransitions.Next(Status, trigger) is null)
        {
            return new AccountRuleError.NotPending(Status);
        }

        return RoleGrantRules.CheckDecider(RequestedById, AccountId, deciderId);
    }

    private void Decide(RoleGrantStatus status, Guid deciderId, DateTimeOffset at)
    {
        Status = status;
        DecidedById = deciderId;
        DecidedAt = at;
    }
}
