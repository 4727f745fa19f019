namespace Zhengwu.Domain.Accounts;

/// <summary>
/// The lifecycle of a role grant request: Pending → Approved or Pending → Rejected. A decided request is final,
/// so a new role needs a new request.
/// </summary>
public static class RoleGrantTransitions
{
    /// <summary>Returns the state <paramref name="trigger"/> leads to from <paramref name="status"/>, or null when forbidden.</summary>
    public static RoleGrantStatus? Next(RoleGrantStatus status, RoleGrantTrigger trigger) => (status, trigger) switch
    {
        (RoleGrantStatus.Pending, RoleGrantTrigger.Approve) => RoleGrantStatus.Approved,
        (RoleGrantStatus.Pending, RoleGrantTrigger.Reject) => RoleGrantStatus.Rejected,
        _ => null,
    };
}
