using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>One row of the staff account list, with the role of a pending request if there is one.</summary>
public sealed record StaffAccountRow(
    Guid Id,
    string UserName,
    string DisplayName,
    string DepartmentName,
    StaffRole? Role,
    bool IsDisabled,
    StaffRole? PendingRole);
