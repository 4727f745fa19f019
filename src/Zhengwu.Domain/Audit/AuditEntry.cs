namespace Zhengwu.Domain.Audit;

/// <summary>
/// What a caller reports about one audited action. The audit log adds the sequence number, the time and the
/// hashes when it appends the entry as an <see cref="AuditRecord"/>.
/// </summary>
/// <param name="Action">A code from <see cref="AuditActions"/>, or another lower-case dotted code.</param>
/// <param name="Result">Whether the action succeeded, failed or was denied.</param>
public sealed record AuditEntry(string Action, AuditResult Result)
{
    public string? AccountId { get; init; }

    public string? AccountName { get; init; }

    public string? Role { get; init; }

    /// <summary>The kind of object acted on, such as "power-item" or "account".</summary>
    public string? ObjectType { get; init; }

    public string? ObjectId { get; init; }

    /// <summary>The client's IP address as the web host resolved it behind its proxies.</summary>
    public string? ClientAddress { get; init; }

    /// <summary>
    /// A short description for the auditor. It must not contain a password, token or key. ID numbers, mobile
    /// numbers and labelled secrets are masked by <see cref="AuditRedaction"/> before the record is stored.
    /// </summary>
    public string? Detail { get; init; }
}
