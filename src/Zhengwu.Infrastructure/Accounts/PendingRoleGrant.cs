using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>A pending role request as the security administrator reviews it.</summary>
public sealed record PendingRoleGrant(
    int Id,
    string UserName,
    string DisplayName,
    string DepartmentName,
    StaffRole? CurrentRole,
    StaffRole Role,
    string RequestedBy,
    DateTimeOffset RequestedAt);
