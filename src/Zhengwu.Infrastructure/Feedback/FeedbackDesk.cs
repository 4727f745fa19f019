using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Calendar;
using Zhengwu.Domain.Feedback;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Infrastructure.Feedback;

/// <summary>
/// The department's side of inquiries and complaints: the work list, one record, answering and publishing.
/// Staff reach only their own department's records. Any other number reads as unknown, and each such request
/// writes exactly one denial to the audit log.
/// </summary>
public sealed class FeedbackDesk(
    ZhengwuDbContext db,
    AuditLog audit,
    PersonalDataProtector protector,
    WorkingCalendarProvider calendars,
    TimeProvider clock)
{
    /// <summary>Lists the department's records, newest first, with their limits read now and <paramref name="filter"/> applied.</summary>
    public async Task<IReadOnlyList<FeedbackWorkItem>> ListAsync(
        ContentActor actor,
        FeedbackWorkFilter filter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.FeedbackRecords.AsNoTracking().Where(record => record.DepartmentId == actor.Scope.DepartmentId);
        if (filter.State is { } state)
        {
            query = query.Where(record => record.State == state);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(record => record.Kind == kind);
        }

        var records = await query.OrderByDescending(record => record.Id).ToListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var items = records.Select(record => Read(calendar, record, now));

        return [.. filter.Due switch
        {
            FeedbackDue.Overdue => items.Where(item => item.IsOverdue),
            FeedbackDue.NearDue => items.Where(item => item.IsNearDue),
            _ => items,
        }];
    }

    /// <summary>Returns the department's record with its limit read now, or audits a denial and returns null.</summary>
    public async Task<FeedbackWorkItem?> FindAsync(ContentActor actor, string number, CancellationToken cancellationToken = default)
    {
        var record = await LoadAsync(actor, number, tracked: false, cancellationToken);

        return record is null ? null : Read(await calendars.GetAsync(cancellationToken), record, clock.GetUtcNow());
    }

    /// <summary>Decrypts the contact the sender gave and audits the access, or returns null when there is none.</summary>
    public async Task<string?> ReadContactAsync(ContentActor actor, FeedbackRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.ProtectedContact is null || record.DepartmentId != actor.Scope.DepartmentId)
        {
            return null;
        }

        var contact = protector.Decrypt(record.ProtectedContact);
        await audit.AppendAsync(Entry(actor, AuditActions.PersonalDataRead, AuditResult.Succeeded, record.Number, "查看来件人联系方式"), cancellationToken);

        return contact;
    }

    /// <summary>
    /// Answers the record as it stood at <paramref name="version"/>, and publishes it at once when a department
    /// lead asks to. A record changed since that version is a conflict and keeps the other answer.
    /// </summary>
    public Task<DeskResult> AnswerAsync(
        ContentActor actor,
        string number,
        int version,
        string? answer,
        bool publish,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(
            actor,
            number,
            version,
            AuditActions.FeedbackAnswered,
            (record, responder, now) => record.AnswerWith(responder, answer, publish, now),
            cancellationToken);

    /// <summary>Publishes the answered record as it stood at <paramref name="version"/>. Only a department lead may publish.</summary>
    public Task<DeskResult> PublishAsync(ContentActor actor, string number, int version, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            actor,
            number,
            version,
            AuditActions.FeedbackPublished,
            (record, responder, now) => record.Publish(responder, now),
            cancellationToken);

    private async Task<DeskResult> ChangeAsync(
        ContentActor actor,
        string number,
        int version,
        string action,
        Func<FeedbackRecord, FeedbackResponder, DateTimeOffset, FeedbackRefusal?> change,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await LoadAsync(actor, number, tracked: true, cancellationToken);
        if (record is null)
        {
            await transaction.CommitAsync(cancellationToken);

            return new DeskResult(DeskOutcome.NotFound);
        }

        if (record.Version != version)
        {
            return await FailAsync(transaction, actor, action, Conflict(record), cancellationToken);
        }

        var stateBefore = record.State;
        var responder = await ResponderAsync(actor, cancellationToken);
        if (change(record, responder, clock.GetUtcNow()) is { } refusal)
        {
            var refused = new DeskResult(DeskOutcome.Refused) { Record = record, Message = refusal.Message };

            return await FailAsync(transaction, actor, action, refused, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var stored = await db.FeedbackRecords.AsNoTracking().SingleAsync(item => item.Number == record.Number, cancellationToken);
            await audit.AppendAsync(Entry(actor, action, AuditResult.Failed, stored.Number, "并发修改，未保存"), cancellationToken);

            return Conflict(stored);
        }

        await RecordAsync(actor, record, stateBefore, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new DeskResult(DeskOutcome.Done) { Record = record };
    }

    /// <summary>Audits a rejected or conflicting step as failed, with its reason, and commits only that record.</summary>
    private async Task<DeskResult> FailAsync(
        IDbContextTransaction transaction,
        ContentActor actor,
        string action,
        DeskResult result,
        CancellationToken cancellationToken)
    {
        var reason = result.Outcome == DeskOutcome.Conflict ? "并发修改，未保存" : result.Message;
        await audit.AppendAsync(Entry(actor, action, AuditResult.Failed, result.Record!.Number, reason), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return result;
    }

    private async Task RecordAsync(ContentActor actor, FeedbackRecord record, FeedbackState before, CancellationToken cancellationToken)
    {
        if (before == FeedbackState.Received)
        {
            var proposal = record.PublicationProposed ? "，建议公开" : "";
            await audit.AppendAsync(Entry(actor, AuditActions.FeedbackAnswered, AuditResult.Succeeded, record.Number, "答复" + proposal), cancellationToken);
        }

        if (record.State == FeedbackState.Published)
        {
            await audit.AppendAsync(Entry(actor, AuditActions.FeedbackPublished, AuditResult.Succeeded, record.Number, "公开答复"), cancellationToken);
        }
    }

    private static DeskResult Conflict(FeedbackRecord stored) => new(DeskOutcome.Conflict)
    {
        Record = stored,
        Message = stored.AnsweredByName is { } name && stored.AnsweredAt is { } at
            ? $"{name} 已于 {at.ToOffset(ChinaStandardTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}（北京时间）处理了编号 {stored.Number}，"
                + "您的操作未保存。请阅读下方的现有答复。"
            : $"编号 {stored.Number} 已被其他工作人员修改，您的操作未保存。请刷新页面后重试。",
    };

    private async Task<FeedbackRecord?> LoadAsync(ContentActor actor, string number, bool tracked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = tracked ? db.FeedbackRecords : db.FeedbackRecords.AsNoTracking();
        var record = FeedbackNumber.IsWellFormed(number)
            ? await query.FirstOrDefaultAsync(record => record.Number == number, cancellationToken)
            : null;
        if (record is not null && record.DepartmentId == actor.Scope.DepartmentId && IsDepartmentStaff(actor.Scope.Role))
        {
            return record;
        }

        var objectId = number.Length > 64 ? number[..64] : number;
        await audit.AppendAsync(Entry(actor, AuditActions.AccessDenied, AuditResult.Denied, objectId, null), cancellationToken);

        return null;
    }

    private async Task<FeedbackResponder> ResponderAsync(ContentActor actor, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking()
            .Where(department => department.Id == actor.Scope.DepartmentId)
            .Select(department => department.Name)
            .SingleAsync(cancellationToken);

        return new FeedbackResponder(actor.Id, actor.UserName, actor.Scope.Role, actor.Scope.DepartmentId, department);
    }

    private static FeedbackWorkItem Read(WorkingCalendar calendar, FeedbackRecord record, DateTimeOffset now)
    {
        try
        {
            return new FeedbackWorkItem(record, FeedbackTimeLimit.Read(calendar, record, now), null);
        }
        catch (CalendarYearNotCoveredException exception)
        {
            return new FeedbackWorkItem(record, null, exception.Message);
        }
    }

    private static bool IsDepartmentStaff(StaffRole role) => role is StaffRole.ContentOfficer or StaffRole.DepartmentLead;

    private static AuditEntry Entry(ContentActor actor, string action, AuditResult result, string number, string? detail) =>
        new(action, result)
        {
            AccountId = actor.Id.ToString(),
            AccountName = actor.UserName,
            Role = actor.Scope.Role.ToString(),
            ObjectType = FeedbackSubmissions.FeedbackObject,
            ObjectId = number,
            ClientAddress = actor.ClientAddress,
            Detail = detail,
        };
}
