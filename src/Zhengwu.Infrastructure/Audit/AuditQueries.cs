using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>Reads the audit log for the audit administrator's pages. It never changes a record.</summary>
public sealed class AuditQueries(ZhengwuDbContext db)
{
    /// <summary>
    /// Returns the page of records that match <paramref name="query"/>, newest first. Records are ordered by
    /// sequence number, which follows the order of appending even when two records carry the same time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The page is below 1, or the page size is outside 1 to <see cref="AuditQuery.MaxPageSize"/>.
    /// </exception>
    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, AuditQuery.MaxPageSize, nameof(query));

        var records = Filter(query);
        var total = await records.LongCountAsync(cancellationToken);
        var page = await records
            .OrderByDescending(record => record.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);

        return new AuditPage(page, total, query.Page, query.PageSize);
    }

    // OccurredAt is stored as a UTC DateTime on both providers. The column's value converter turns the
    // DateTimeOffset bounds into UTC DateTime parameters, so both sides of each comparison are UTC.
    private IQueryable<AuditRecord> Filter(AuditQuery query)
    {
        var records = db.AuditRecords.AsNoTracking();
        if (query.Action is { } action)
        {
            records = records.Where(record => record.Action == action);
        }

        if (query.Result is { } result)
        {
            records = records.Where(record => record.Result == result);
        }

        if (query.AccountName is { } accountName)
        {
            records = records.Where(record => record.AccountName == accountName);
        }

        if (query.From is { } from)
        {
            records = records.Where(record => record.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            records = records.Where(record => record.OccurredAt < to);
        }

        return records;
    }
}
