namespace Zhengwu.Domain.Audit;

/// <summary>
/// One entry of the append-only audit log. <see cref="Id"/> is the record's position in the hash chain, and
/// <see cref="Hash"/> covers every other field and <see cref="PreviousHash"/>, so changing, removing or
/// reordering a stored record breaks the chain (see <see cref="AuditChain"/>).
/// </summary>
public sealed record AuditRecord
{
    public const int MaxAccountIdLength = 128;
    public const int MaxAccountNameLength = 256;
    public const int MaxRoleLength = 64;
    public const int MaxActionLength = 64;
    public const int MaxObjectTypeLength = 64;
    public const int MaxObjectIdLength = 128;

    /// <summary>The length of the text form of an IPv6 address with an IPv4 tail and a zone id, rounded up.</summary>
    public const int MaxClientAddressLength = 64;

    public const int MaxDetailLength = 1000;

    /// <summary>The length of a SHA-256 hash in lower-case hexadecimal.</summary>
    public const int HashLength = 64;

    /// <summary>The sequence number: 1 for the first record ever appended, then one more for each record.</summary>
    public required long Id { get; init; }

    /// <summary>The time of the action in UTC, to the microsecond, which both databases store exactly.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    public string? AccountId { get; init; }

    public string? AccountName { get; init; }

    public string? Role { get; init; }

    public required string Action { get; init; }

    public string? ObjectType { get; init; }

    public string? ObjectId { get; init; }

    public required AuditResult Result { get; init; }

    public string? ClientAddress { get; init; }

    public string? Detail { get; init; }

    /// <summary>The <see cref="Hash"/> of the record before this one, or of the purge anchor it follows.</summary>
    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}
