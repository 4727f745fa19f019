using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>
/// One row of the staff account list, with the role of a pending request if there is one, and otherwise the role
/// and reason of the latest request when the security administrator rejected it.
/// </summary>
public sealed record StaffAccountRow(
    Guid Id,
    string UserName,
    string DisplayName,
    string DepartmentName,
    StaffRole? Role,
    bool IsDisabled,
    StaffRole? PendingRole,
    RejectedRoleGrant? LastRejection = null);

/// <summary>A rejected role request: the role requested and the security administrator's reason.</summary>
public sealed record RejectedRoleGrant(StaffRole Role, string Reason);
