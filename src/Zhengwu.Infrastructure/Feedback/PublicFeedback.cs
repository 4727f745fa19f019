using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Feedback;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Feedback;

/// <summary>
/// What the public reads: the published list, a sender's own records and the tracking of anonymous complaints.
/// A failed lookup by number and query code reads like an unknown number and is audited as denied.
/// </summary>
public sealed class PublicFeedback(ZhengwuDbContext db, AuditLog audit, PersonalDataProtector protector)
{
    /// <summary>Returns a page of published records, newest received first, and only those of <paramref name="itemCode"/> when it is given.</summary>
    public async Task<PublishedFeedbackPage> ListPublishedAsync(
        int page,
        int pageSize,
        string? itemCode = null,
        CancellationToken cancellationToken = default)
    {
        var query = db.FeedbackRecords.AsNoTracking().Where(record => record.State == FeedbackState.Published);
        if (itemCode is not null)
        {
            query = query.Where(record => record.ItemCode == itemCode);
        }

        var total = await query.CountAsync(cancellationToken);

        // Ids grow with receipt, and SQLite cannot order by a DateTimeOffset column.
        var items = await query
            .OrderByDescending(record => record.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(record => new PublishedFeedback(
                record.Number,
                record.Kind,
                record.ItemCode,
                record.ItemName,
                record.AnsweredByDepartmentName ?? record.DepartmentName,
                record.Subject,
                record.Content,
                record.Answer ?? "",
                record.ReceivedAt,
                record.AnsweredAt ?? record.ReceivedAt))
            .ToListAsync(cancellationToken);

        return new PublishedFeedbackPage(total, page, pageSize, items);
    }

    /// <summary>Lists the records a public account sent, newest first.</summary>
    public Task<List<FeedbackRecord>> ListOwnAsync(Guid accountId, CancellationToken cancellationToken = default) =>
        db.FeedbackRecords.AsNoTracking()
            .Where(record => record.AccountId == accountId)
            .OrderByDescending(record => record.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Returns the anonymous complaint with <paramref name="number"/> when <paramref name="queryCode"/> matches;
    /// otherwise audits a denial and returns null. Records of accounts are never found here.
    /// </summary>
    public async Task<FeedbackRecord?> TrackAsync(
        string? number,
        string? queryCode,
        FeedbackClient client,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var clean = number?.Trim().ToUpperInvariant() ?? "";
        var record = FeedbackNumber.IsWellFormed(clean) && !string.IsNullOrWhiteSpace(queryCode)
            ? await db.FeedbackRecords.AsNoTracking()
                .FirstOrDefaultAsync(record => record.Number == clean && record.AccountId == null, cancellationToken)
            : null;
        if (record?.QueryCodeHash is { } hash && QueryCodes.Matches(protector, queryCode!, hash))
        {
            return record;
        }

        await audit.AppendAsync(
            new AuditEntry(AuditActions.AccessDenied, AuditResult.Denied)
            {
                AccountId = client.AccountId?.ToString(),
                AccountName = client.UserName,
                ObjectType = FeedbackSubmissions.FeedbackObject,
                ObjectId = clean.Length > 64 ? clean[..64] : clean,
                ClientAddress = client.ClientAddress,
                Detail = "查询编号或查询码不正确",
            },
            cancellationToken);

        return null;
    }
}
