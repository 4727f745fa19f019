namespace Zhengwu.Domain.Accounts;

/// <summary>The state of a role grant request: pending until the security administrator approves or rejects it.</summary>
public enum RoleGrantStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
