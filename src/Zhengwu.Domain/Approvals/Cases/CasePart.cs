using Stateless;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Calendar;

namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>
/// The share of a case that one department handles, with its own state and clocks. An ordinary item's case has
/// one part; a joint item's case (并联审批) has one for the lead department and one for each co-handling department.
/// </summary>
/// <remarks>
/// The acceptance clock starts at receipt with 5 working days (《中华人民共和国行政许可法》第三十二条), stops when
/// a correction is requested and resumes when the applicant resubmits. The handling clock starts at acceptance
/// with the item's limit, stops for a special procedure (第四十五条) and is extended by an approved extension.
/// </remarks>
public sealed class CasePart
{
    public const int AcceptanceDays = 5;
    public const int MaxOpinionLength = 500;
    public const int MaxExtensionDays = 60;
    public const int MaxSpecialProcedureDays = 250;
    public const string SystemActor = "系统";

    private CasePart()
    {
    }

    public int Id { get; private set; }

    public int CaseId { get; private set; }

    public int DepartmentId { get; private set; }

    public string DepartmentName { get; private set; } = "";

    /// <summary>The division that handles the part now; a transfer changes it.</summary>
    public string? HandlingDivision { get; private set; }

    public bool IsLead { get; private set; }

    public CaseState State { get; private set; }

    public int? LimitDays { get; private set; }

    public HandlingLimitSource? LimitSource { get; private set; }

    /// <summary>Whether a correction was requested; a part allows one.</summary>
    public bool CorrectionRequested { get; private set; }

    /// <summary>The materials the open correction request lists; empty when none is open.</summary>
    public List<CorrectionItem> CorrectionItems { get; private set; } = [];

    /// <summary>The special procedure running now, or the last one.</summary>
    public SpecialProcedureKind? SpecialProcedure { get; private set; }

    /// <summary>The working days the running or last special procedure was expected to take, as told to the applicant.</summary>
    public int? SpecialProcedureDays { get; private set; }

    /// <summary>The working days of an extension waiting for the department lead, or null.</summary>
    public int? PendingExtensionDays { get; private set; }

    public CaseDecision? Decision { get; private set; }

    /// <summary>The reason of a denial, as shown to the applicant.</summary>
    public string? DenialReason { get; private set; }

    public List<CaseClockEvent> ClockEvents { get; private set; } = [];

    public List<CaseDocument> ResultDocuments { get; private set; } = [];

    internal static CasePart Open(CasePartPlan plan, DateTimeOffset receivedAt) => new()
    {
        DepartmentId = plan.DepartmentId,
        DepartmentName = plan.DepartmentName,
        HandlingDivision = string.IsNullOrWhiteSpace(plan.HandlingDivision) ? null : plan.HandlingDivision.Trim(),
        IsLead = plan.IsLead,
        State = CaseState.Submitted,
        LimitDays = plan.Limit?.Days,
        LimitSource = plan.Limit?.Source,
        ClockEvents = [new CaseClockEvent { Clock = CaseClock.Acceptance, Kind = ClockEventKind.Start, At = receivedAt, Days = AcceptanceDays }],
    };

    /// <summary>Returns the clock of <paramref name="clock"/>, or null when it has not started.</summary>
    public WorkingDayClock? ClockOf(CaseClock clock, WorkingCalendar calendar)
    {
        var events = ClockEvents.Where(item => item.Clock == clock).OrderBy(item => item.At).Select(item => item.ToClockEvent()).ToList();

        return events.Count == 0 ? null : new WorkingDayClock(calendar, events);
    }

    /// <summary>
    /// Returns the clock that runs in the current state: acceptance before acceptance, handling after it, none once
    /// the part is final or when the item has no handling limit.
    /// </summary>
    public CaseClock? CurrentClock => State switch
    {
        CaseState.Submitted or CaseState.CorrectionRequested => CaseClock.Acceptance,
        _ when State.IsFinal() => null,
        _ => LimitDays is null ? null : CaseClock.Handling,
    };

    /// <summary>Reads the current clock at <paramref name="now"/>, or returns null when no clock runs.</summary>
    /// <exception cref="CalendarYearNotCoveredException">A counted day lies in a year the calendar does not cover.</exception>
    public ClockReading? ReadCurrentClock(WorkingCalendar calendar, DateTimeOffset now) =>
        CurrentClock is { } clock ? ClockOf(clock, calendar)?.ReadFromStart(now) : null;

    /// <summary>Returns the staff steps the current state permits, whatever role takes them.</summary>
    public IReadOnlyList<CaseTrigger> PermittedTriggers()
    {
        var machine = Machine();

        return [.. Enum.GetValues<CaseTrigger>().Where(trigger => trigger is not (CaseTrigger.DeemAccept or CaseTrigger.Close
            or CaseTrigger.Resubmit) && machine.CanFire(trigger))];
    }

    /// <summary>Returns whether <paramref name="trigger"/> needs the department lead rather than any department staff.</summary>
    public static bool NeedsLead(CaseTrigger trigger) =>
        trigger is CaseTrigger.ApproveExtension or CaseTrigger.DeclineExtension or CaseTrigger.Approve or CaseTrigger.Deny
            or CaseTrigger.Close;

    internal CaseError? Check(CaseAction action, CaseActor actor)
    {
        if (actor.Scope.DepartmentId != DepartmentId
            || actor.Scope.Role is not (StaffRole.ContentOfficer or StaffRole.DepartmentLead))
        {
            return new CaseError.OutsideScope();
        }

        return CheckState(action.Trigger)
            ?? (NeedsLead(action.Trigger) && actor.Scope.Role != StaffRole.DepartmentLead
                ? new CaseError.WrongRole(actor.Scope.Role, action.Trigger)
                : null)
            ?? CheckInput(action);
    }

    internal CaseError? CheckState(CaseTrigger trigger) =>
        Machine().CanFire(trigger) ? null : GuardError(trigger) ?? new CaseError.StepNotAllowed(State, trigger, PermittedTriggers());

    /// <summary>Moves the part with <paramref name="trigger"/> and applies the step's effect on the clocks and fields.</summary>
    internal void Apply(CaseTrigger trigger, CaseAction? action, DateTimeOffset at)
    {
        Machine().Fire(trigger);
        switch (action)
        {
            case CaseAction.RequestCorrection correction:
                CorrectionRequested = true;
                CorrectionItems = [.. correction.Items.Select(item => item with { Problem = item.Problem.Trim() })];
                AddClockEvent(CaseClock.Acceptance, ClockEventKind.Stop, at);
                break;
            case CaseAction.StartSpecialProcedure procedure:
                SpecialProcedure = procedure.Kind;
                SpecialProcedureDays = procedure.ExpectedDays;
                StopHandlingClock(at);
                break;
            case CaseAction.EndSpecialProcedure:
                ResumeHandlingClock(at);
                break;
            case CaseAction.ProposeExtension extension:
                PendingExtensionDays = extension.Days;
                break;
            case CaseAction.ApproveExtension:
                AddClockEvent(CaseClock.Handling, ClockEventKind.Extend, at, PendingExtensionDays!.Value);
                PendingExtensionDays = null;
                break;
            case CaseAction.DeclineExtension:
                PendingExtensionDays = null;
                break;
            case CaseAction.Transfer transfer:
                HandlingDivision = transfer.Division.Trim();
                break;
            case CaseAction.Approve:
                Decision = CaseDecision.Approved;
                break;
            case CaseAction.Deny deny:
                Decision = CaseDecision.Denied;
                DenialReason = deny.Reason.Trim();
                break;
            case CaseAction.Conclude conclude:
                ResultDocuments.AddRange(conclude.Documents);
                break;
        }

        if (trigger is CaseTrigger.Accept or CaseTrigger.DeemAccept && LimitDays is { } days)
        {
            AddClockEvent(CaseClock.Handling, ClockEventKind.Start, at, days);
        }

        if (trigger == CaseTrigger.Resubmit)
        {
            CorrectionItems = [];
            AddClockEvent(CaseClock.Acceptance, ClockEventKind.Resume, at);
        }
    }

    private CaseError? CheckInput(CaseAction action)
    {
        var length = CharacterCount(action.Opinion);
        if (action.NeedsReason && string.IsNullOrWhiteSpace(ReasonOf(action)))
        {
            return new CaseError.ReasonRequired(action.Trigger);
        }

        if (length > MaxOpinionLength)
        {
            return new CaseError.OpinionTooLong(length);
        }

        return action switch
        {
            CaseAction.RequestCorrection correction => CheckCorrection(correction.Items),
            CaseAction.StartSpecialProcedure { ExpectedDays: < 1 or > MaxSpecialProcedureDays } procedure =>
                new CaseError.DaysOutOfRange("特别程序预计时间", procedure.ExpectedDays, MaxSpecialProcedureDays),
            CaseAction.ProposeExtension { Days: < 1 or > MaxExtensionDays } extension =>
                new CaseError.DaysOutOfRange("延长期限", extension.Days, MaxExtensionDays),
            CaseAction.Transfer transfer when string.IsNullOrWhiteSpace(transfer.Division) => new CaseError.DivisionMissing(),
            CaseAction.Transfer transfer when transfer.Division.Trim() == HandlingDivision =>
                new CaseError.DivisionUnchanged(HandlingDivision),
            CaseAction.Conclude { Documents.Count: 0 } => new CaseError.ResultDocumentMissing(),
            _ => null,
        };
    }

    /// <summary>Returns the specific reason a guard of the state machine blocks <paramref name="trigger"/>, if any.</summary>
    private CaseError? GuardError(CaseTrigger trigger) => (trigger, State) switch
    {
        (CaseTrigger.RequestCorrection, CaseState.Submitted) => new CaseError.CorrectionAlreadyRequested(),
        (CaseTrigger.ProposeExtension, CaseState.Accepted or CaseState.SpecialProcedure) when LimitDays is null =>
            new CaseError.NoHandlingLimit(),
        (CaseTrigger.ProposeExtension, CaseState.Accepted or CaseState.SpecialProcedure) => new CaseError.ExtensionPending(),
        (CaseTrigger.ApproveExtension or CaseTrigger.DeclineExtension, CaseState.Accepted or CaseState.SpecialProcedure) =>
            new CaseError.NoExtensionPending(),
        _ => null,
    };

    private static string? ReasonOf(CaseAction action) => action switch
    {
        CaseAction.Reject reject => reject.Reason,
        CaseAction.StartSpecialProcedure procedure => procedure.Reason,
        CaseAction.ProposeExtension extension => extension.Reason,
        _ => action.Opinion,
    };

    private static CaseError? CheckCorrection(IReadOnlyList<CorrectionItem> items)
    {
        if (items.Count == 0)
        {
            return new CaseError.CorrectionListEmpty();
        }

        if (items.FirstOrDefault(item => string.IsNullOrWhiteSpace(item.Problem)) is { } vague)
        {
            return new CaseError.CorrectionProblemMissing(vague.MaterialName);
        }

        var repeated = items.GroupBy(item => item.MaterialIndex).FirstOrDefault(group => group.Count() > 1);

        return repeated is null ? null : new CaseError.CorrectionMaterialRepeated(repeated.First().MaterialName);
    }

    internal static int CharacterCount(string? text) => text?.EnumerateRunes().Count() ?? 0;

    private void StopHandlingClock(DateTimeOffset at)
    {
        if (LimitDays is not null)
        {
            AddClockEvent(CaseClock.Handling, ClockEventKind.Stop, at);
        }
    }

    private void ResumeHandlingClock(DateTimeOffset at)
    {
        if (LimitDays is not null)
        {
            AddClockEvent(CaseClock.Handling, ClockEventKind.Resume, at);
        }
    }

    private void AddClockEvent(CaseClock clock, ClockEventKind kind, DateTimeOffset at, int days = 0) =>
        ClockEvents.Add(new CaseClockEvent { Clock = clock, Kind = kind, At = at, Days = days });

    private StateMachine<CaseState, CaseTrigger> Machine()
    {
        var machine = new StateMachine<CaseState, CaseTrigger>(() => State, state => State = state);
        machine.Configure(CaseState.Submitted)
            .Permit(CaseTrigger.Accept, CaseState.Accepted)
            .Permit(CaseTrigger.DeemAccept, CaseState.Accepted)
            .Permit(CaseTrigger.Reject, CaseState.Rejected)
            .PermitIf(CaseTrigger.RequestCorrection, CaseState.CorrectionRequested, () => !CorrectionRequested)
            .PermitReentry(CaseTrigger.Transfer)
            .Permit(CaseTrigger.Close, CaseState.Closed);
        machine.Configure(CaseState.CorrectionRequested)
            .Permit(CaseTrigger.Resubmit, CaseState.Submitted)
            .PermitReentry(CaseTrigger.Transfer)
            .Permit(CaseTrigger.Close, CaseState.Closed);
        machine.Configure(CaseState.Accepted)
            .Permit(CaseTrigger.StartSpecialProcedure, CaseState.SpecialProcedure)
            .Permit(CaseTrigger.Approve, CaseState.Approved)
            .Permit(CaseTrigger.Deny, CaseState.Denied)
            .PermitReentry(CaseTrigger.Transfer)
            .Permit(CaseTrigger.Close, CaseState.Closed);
        machine.Configure(CaseState.SpecialProcedure)
            .Permit(CaseTrigger.EndSpecialProcedure, CaseState.Accepted)
            .Permit(CaseTrigger.Close, CaseState.Closed);
        foreach (var handling in new[] { CaseState.Accepted, CaseState.SpecialProcedure })
        {
            machine.Configure(handling)
                .PermitReentryIf(CaseTrigger.ProposeExtension, () => PendingExtensionDays is null && LimitDays is not null)
                .PermitReentryIf(CaseTrigger.ApproveExtension, () => PendingExtensionDays is not null)
                .PermitReentryIf(CaseTrigger.DeclineExtension, () => PendingExtensionDays is not null);
        }

        machine.Configure(CaseState.Approved)
            .Permit(CaseTrigger.Conclude, CaseState.Concluded)
            .Permit(CaseTrigger.Close, CaseState.Closed);
        machine.Configure(CaseState.Denied)
            .Permit(CaseTrigger.Conclude, CaseState.Concluded);

        return machine;
    }
}
