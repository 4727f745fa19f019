using Microsoft.AspNetCore.Identity;
using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>
/// A login of the portal: a staff member of one department with one role, or a person or company filing cases.
/// Identity stores the password hash, lockout state and authenticator key.
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

    /// <summary>A person's citizen identification number, encrypted by <see cref="PersonalDataProtector"/>.</summary>
    public string? IdNumberCipher { get; set; }

    /// <summary>The keyed hash of the ID number, unique, so a number registers once and can be looked up.</summary>
    public string? IdNumberHash { get; set; }

    /// <summary>The verified mobile phone number, encrypted; Identity's own PhoneNumber column stays empty.</summary>
    public string? PhoneCipher { get; set; }

    /// <summary>The keyed hash of the phone number, unique.</summary>
    public string? PhoneHash { get; set; }

    /// <summary>A company's unified social credit code, which is public information and stored as it is.</summary>
    public string? CreditCode { get; set; }

    public bool IsStaff => Kind == AccountKind.Staff;
}
