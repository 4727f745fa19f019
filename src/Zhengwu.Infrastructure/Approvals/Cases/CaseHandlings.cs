using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>
/// Loads cases for the staff of a handling department and saves their handling steps. A case without a part of
/// the actor's department is not found, and the attempt is audited as access.denied. Every load first records the
/// deemed acceptances that are due, and every step commits with its audit record in one transaction.
/// </summary>
public sealed partial class CaseHandlings(
    ZhengwuDbContext db,
    AuditLog audit,
    WorkingCalendarProvider calendars,
    TimeProvider clock,
    ILogger<CaseHandlings> logger)
{
    /// <summary>Returns the case for the actor's department, or null (audited as denied) when it has no part there.</summary>
    public async Task<ApplicationCase?> FindAsync(ContentActor actor, string number, CancellationToken cancellationToken = default)
    {
        var found = CaseNumber.IsWellFormed(number) ? await LoadAsync(number, cancellationToken) : null;
        if (found?.PartOf(actor.Scope.DepartmentId) is null)
        {
            await DenyAsync(actor, number, cancellationToken);

            return null;
        }

        await DeemAcceptanceAsync(found, cancellationToken);

        return found;
    }

    /// <summary>
    /// Takes <paramref name="action"/> on the actor's part of the case as the actor saw it at
    /// <paramref name="expectedVersion"/>. A case changed since then, or saved by someone else meanwhile, returns
    /// <see cref="CaseError.Conflict"/> and nothing is written.
    /// </summary>
    public Task<HandlingOutcome> ActAsync(
        ContentActor actor,
        string departmentName,
        string number,
        int expectedVersion,
        CaseAction action,
        CancellationToken cancellationToken = default) =>
        StepAsync(
            actor,
            departmentName,
            number,
            expectedVersion,
            action.Trigger,
            (found, caseActor, at) => found.Fire(actor.Scope.DepartmentId, action, caseActor, at),
            cancellationToken);

    /// <summary>
    /// Closes the open parts of a joint case after a part was denied, as the lead department's lead, with the same
    /// version check as <see cref="ActAsync"/>.
    /// </summary>
    public Task<HandlingOutcome> CloseAfterDenialAsync(
        ContentActor actor,
        string departmentName,
        string number,
        int expectedVersion,
        string? reason,
        CancellationToken cancellationToken = default) =>
        StepAsync(
            actor,
            departmentName,
            number,
            expectedVersion,
            CaseTrigger.Close,
            (found, caseActor, at) => found.CloseAfterDenial(caseActor, reason, at),
            cancellationToken);

    private async Task<HandlingOutcome> StepAsync(
        ContentActor actor,
        string departmentName,
        string number,
        int expectedVersion,
        CaseTrigger trigger,
        Func<ApplicationCase, CaseActor, DateTimeOffset, CaseError?> step,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(actor, number, cancellationToken);
        if (found is null)
        {
            return new HandlingOutcome(null, new CaseError.OutsideScope());
        }

        if (found.Version != expectedVersion)
        {
            return new HandlingOutcome(found, new CaseError.Conflict());
        }

        var caseActor = new CaseActor(actor.Id, actor.UserName, departmentName, actor.Scope);
        var error = step(found, caseActor, clock.GetUtcNow());
        if (error is not null)
        {
            await audit.AppendAsync(Entry(actor, error.IsDenial ? AuditResult.Denied : AuditResult.Failed, number, error.Message), cancellationToken);

            return new HandlingOutcome(found, error);
        }

        var detail = $"{trigger.ChineseName()}，部门 {actor.Scope.DepartmentId}，办件状态 {found.State.ChineseName()}";
        if (!await CommitAsync(Entry(actor, AuditResult.Succeeded, number, detail), cancellationToken))
        {
            LogConflict(number, trigger);

            return new HandlingOutcome(await LoadAsync(number, cancellationToken), new CaseError.Conflict());
        }

        LogHandled(number, trigger, actor.Scope.DepartmentId);

        return new HandlingOutcome(found, null);
    }

    /// <summary>
    /// Records the deemed acceptances of <paramref name="found"/> that are due now, with one audit record. The case
    /// must be tracked by this scope's context; the applicant's pages call this too.
    /// </summary>
    internal async Task DeemAcceptanceAsync(ApplicationCase found, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        if (found.DeemAcceptance(calendar, clock.GetUtcNow()) == 0)
        {
            return;
        }

        var entry = new AuditEntry(AuditActions.CaseHandled, AuditResult.Succeeded)
        {
            AccountName = CasePart.SystemActor,
            ObjectType = CaseFilings.CaseObject,
            ObjectId = found.Number,
            Detail = "逾期视为受理",
        };

        // A concurrent reader may record the same acceptance first. Its save wins and this one reloads it.
        if (!await CommitAsync(entry, cancellationToken))
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> CommitAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();

            return false;
        }

        await audit.AppendAsync(entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return true;
    }

    private Task<ApplicationCase?> LoadAsync(string number, CancellationToken cancellationToken) =>
        db.ApplicationCases
            .Include(@case => @case.Parts).ThenInclude(part => part.ClockEvents)
            .Include(@case => @case.Parts).ThenInclude(part => part.ResultDocuments)
            .Include(@case => @case.Steps)
            .Include(@case => @case.Materials)
            .AsSplitQuery()
            .FirstOrDefaultAsync(@case => @case.Number == number, cancellationToken);

    private Task<AuditRecord> DenyAsync(ContentActor actor, string number, CancellationToken cancellationToken) =>
        audit.AppendAsync(
            PowerItemDrafts.ContentEntry(actor, AuditActions.AccessDenied, AuditResult.Denied, CaseFilings.CaseObject, Clip(number), null),
            cancellationToken);

    private static AuditEntry Entry(ContentActor actor, AuditResult result, string number, string detail) =>
        PowerItemDrafts.ContentEntry(actor, AuditActions.CaseHandled, result, CaseFilings.CaseObject, Clip(number), detail);

    private static string Clip(string number) => number.Length > 64 ? number[..64] : number;

    [LoggerMessage(EventId = 7111, Level = LogLevel.Information, Message = "Case {Number}: {Trigger} by department {DepartmentId}")]
    private partial void LogHandled(string number, CaseTrigger trigger, int departmentId);

    [LoggerMessage(EventId = 7112, Level = LogLevel.Warning, Message = "Case {Number}: {Trigger} lost to a concurrent step and was not saved")]
    private partial void LogConflict(string number, CaseTrigger trigger);
}
