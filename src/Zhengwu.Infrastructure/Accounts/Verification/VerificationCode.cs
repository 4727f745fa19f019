using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts.Verification;

/// <summary>
/// One one-time code sent to a phone number or e-mail address. Neither the code nor the address is stored, only
/// their keyed hashes, so the table reveals nothing without the personal data key.
/// </summary>
public sealed class VerificationCode
{
    public Guid Id { get; init; }

    public VerificationChannel Channel { get; init; }

    /// <summary>The keyed hash of the normalised address.</summary>
    public required string AddressHash { get; init; }

    /// <summary>What the code confirms, e.g. register, so a code sent for one purpose never confirms another.</summary>
    public required string Purpose { get; init; }

    /// <summary>The keyed hash of the code bound to <see cref="Id"/>.</summary>
    public required string CodeHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When the code was accepted; a used code is never accepted again.</summary>
    public DateTimeOffset? UsedAt { get; set; }

    public int FailedAttempts { get; set; }
}
