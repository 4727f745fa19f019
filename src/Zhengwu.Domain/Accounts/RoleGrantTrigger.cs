namespace Zhengwu.Domain.Accounts;

/// <summary>The decisions that move a role grant request out of <see cref="RoleGrantStatus.Pending"/>.</summary>
public enum RoleGrantTrigger
{
    Approve = 1,
    Reject = 2,
}
