using Microsoft.AspNetCore.Identity;
using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>
/// A login of the portal: a staff member of one department with one role, or (later) a person or company
/// filing cases. Identity stores the password hash, lockout state and authenticator key.
/// </summary>
public sealed class Account : IdentityUser<Guid>
{
    public AccountKind Kind { get; set; } = AccountKind.Staff;

    public string DisplayName { get; set; } = "";

    /// <summary>The department a staff account belongs to; null for public accounts.</summary>
    public int? DepartmentId { get; set; }

    /// <summary>The region of the department, kept here so region-level checks need no join.</summary>
    public string? RegionCode { get; set; }

    public StaffRole? Role { get; set; }

    /// <summary>A disabled account cannot sign in and loses every session at its next request.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set for one-time passwords: the holder must choose a new password before anything else.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset PasswordChangedAt { get; set; }

    /// <summary>The RFC 6238 time step of the last accepted authenticator code, so no code is accepted twice.</summary>
    public long LastTotpTimeStep { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsStaff => Kind == AccountKind.Staff;
}
