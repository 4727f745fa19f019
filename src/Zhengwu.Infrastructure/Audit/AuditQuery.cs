using Zhengwu.Domain.Audit;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>
/// A filtered page of the audit log. Null filters match every record. <see cref="From"/> is inclusive and
/// <see cref="To"/> exclusive.
/// </summary>
public sealed record AuditQuery
{
    public const int MaxPageSize = 100;

    public const int DefaultPageSize = 50;

    /// <summary>An action code, matched exactly.</summary>
    public string? Action { get; init; }

    public AuditResult? Result { get; init; }

    /// <summary>An account name, matched exactly and case-sensitively on both databases.</summary>
    public string? AccountName { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>The page number, starting at 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>The number of records per page, from 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}
