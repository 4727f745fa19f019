using Stateless;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.PowerList.Drafts;

namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>
/// A department's request to change its power list, from the content officer's draft to publication. Every request
/// goes to the review office of its own level, and first to the legal affairs office when the legal basis changes.
/// Adjustments (add, cancel, delegate, take over, merge, split) wait for the government's decision before the review
/// office's final review publishes them. Element changes and suspensions are published when the review office
/// approves. A resumption is confirmed by the review office and then published in a separate step, due within 2
/// working days. Any reviewer may return the request.
/// </summary>
public sealed class ChangeRequest
{
    public const int MaxExplanationLength = 2000;
    public const int MaxOpinionLength = 500;

    /// <summary>The most items a split may create; a split creates at least two.</summary>
    public const int MaxSplitParts = 10;

    private readonly List<ChangeStep> _steps = [];

    public ChangeRequest(
        ChangeKind kind,
        ChangeReason reason,
        string explanation,
        int departmentId,
        string regionCode,
        int? powerItemId,
        DraftElements? elements)
    {
        Kind = kind;
        Reason = reason;
        Explanation = explanation;
        DepartmentId = departmentId;
        RegionCode = regionCode;
        PowerItemId = powerItemId;
        Elements = elements;
    }

    private ChangeRequest()
    {
        Explanation = "";
        RegionCode = "";
    }

    public int Id { get; private set; }

    /// <summary>
    /// Whether the request changes a power item or the department's duty list. A duty-list request is an element
    /// change, which the review office of the same level approves and publishes.
    /// </summary>
    public ChangeSubject Subject { get; private set; }

    public ChangeKind Kind { get; private set; }

    public ChangeReason Reason { get; private set; }

    /// <summary>The department's free-text explanation of the reason.</summary>
    public string Explanation { get; private set; }

    public int DepartmentId { get; private set; }

    public string RegionCode { get; private set; }

    /// <summary>The item the request changes; null when it adds an item.</summary>
    public int? PowerItemId { get; private set; }

    /// <summary>
    /// The proposed elements: a copy of the department's draft taken at each submission, so reviewers and the
    /// published version see exactly what was submitted. Null for kinds without content, such as a suspension.
    /// </summary>
    public DraftElements? Elements { get; private set; }

    /// <summary>The department's draft the content comes from, while the request is open.</summary>
    public int? DraftId { get; set; }

    /// <summary>The proposed duty list, copied from the department's draft at each submission; null for power items.</summary>
    public DutyListElements? DutyElements { get; private set; }

    /// <summary>The department's duty-list draft the content comes from, while a duty-list request is open.</summary>
    public int? DutyListDraftId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Counts the accepted steps; a step saved over a newer one is rejected as a concurrent change.</summary>
    public int Version { get; private set; } = 1;

    /// <summary>Whether the proposed legal basis differs from the published one, which sends the request to legal review.</summary>
    public bool BasisChanged { get; set; }

    public ChangeStatus Status { get; private set; } = ChangeStatus.Draft;

    public GovernmentDecision? GovernmentDecision { get; private set; }

    /// <summary>When the review office confirmed a resumption; its publication is due 2 working days later.</summary>
    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public IReadOnlyList<ChangeStep> Steps => _steps;

    /// <summary>The region codes of the counties a delegation moves the power to; empty for other kinds.</summary>
    public List<string> CountyCodes { get; private set; } = [];

    /// <summary>
    /// The codes of the items a merge retires besides <see cref="PowerItemId"/>, each of the same department; empty
    /// for other kinds.
    /// </summary>
    public List<string> MergedItemCodes { get; private set; } = [];

    /// <summary>
    /// The new items a split creates, each a full set of elements as a draft stores them, in the order given; empty
    /// for other kinds.
    /// </summary>
    public List<DraftElements> SplitParts { get; private set; } = [];

    /// <summary>The city item a take-over takes over; null for other kinds.</summary>
    public int? SourceItemId { get; init; }

    /// <summary>Creates a request to change a department's duty list, which is an element change of the list.</summary>
    public static ChangeRequest ForDutyList(
        ChangeReason reason,
        string explanation,
        int departmentId,
        string regionCode,
        int draftId,
        DateTimeOffset createdAt) =>
        new(ChangeKind.ElementChange, reason, explanation, departmentId, regionCode, null, null)
        {
            Subject = ChangeSubject.DutyList,
            DutyListDraftId = draftId,
            CreatedAt = createdAt,
        };

    /// <summary>Keeps a copy of the duty-list draft as submitted; the caller fires <see cref="ChangeTrigger.Submit"/> after.</summary>
    public void TakeDutyListSnapshot(DutyListElements elements)
    {
        if (Subject != ChangeSubject.DutyList)
        {
            throw new InvalidOperationException("Only a duty-list request carries a duty list.");
        }

        DutyElements = elements;
    }

    /// <summary>Checks the reason and explanation a request is created or revised with.</summary>
    public static ChangeError? CheckReason(ChangeKind kind, ChangeReason reason, string? explanation)
    {
        if (!Enum.IsDefined(kind))
        {
            return new ChangeError.KindInvalid((int)kind);
        }

        if (!kind.Reasons().Contains(reason))
        {
            return new ChangeError.ReasonNotForKind(kind, reason);
        }

        var length = CharacterCount(explanation);

        return length > MaxExplanationLength ? new ChangeError.ExplanationTooLong(length) : null;
    }

    /// <summary>
    /// Counts characters as readers do: a character outside the Basic Multilingual Plane, such as a rare character
    /// of a person's name, counts once although .NET stores it as two UTF-16 units.
    /// </summary>
    public static int CharacterCount(string? text) => text?.EnumerateRunes().Count() ?? 0;

    /// <summary>
    /// Checks that <paramref name="actor"/> may take <paramref name="trigger"/> now and, if so, takes it and records
    /// the step. Returns the reason when the step is rejected, and then nothing changes.
    /// </summary>
    public ChangeError? Fire(
        ChangeTrigger trigger,
        WorkflowActor actor,
        DateTimeOffset at,
        string? opinion = null,
        GovernmentDecision? decision = null)
    {
        var machine = Machine();
        if (!machine.CanFire(trigger))
        {
            return new ChangeError.StepNotAllowed(Status, trigger);
        }

        var error = CheckActor(trigger, actor) ?? CheckInput(trigger, opinion, decision, at);
        if (error is not null)
        {
            return error;
        }

        var from = Status;
        machine.Fire(trigger);
        Version++;
        Record(trigger, decision, at);
        _steps.Add(new ChangeStep(trigger, from, Status, actor, at, string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim()));

        return null;
    }

    /// <summary>Returns the steps the current state permits, regardless of the role that takes them.</summary>
    public IReadOnlyList<ChangeTrigger> PermittedTriggers()
    {
        var machine = Machine();

        return [.. Enum.GetValues<ChangeTrigger>().Where(trigger => machine.CanFire(trigger))];
    }

    /// <summary>Replaces the reason and the proposed content; the caller fires <see cref="ChangeTrigger.Edit"/> first.</summary>
    public void Revise(ChangeReason reason, string explanation, DraftElements? elements)
    {
        Reason = reason;
        Explanation = explanation;
        Elements = elements;
    }

    /// <summary>
    /// Sets the counties a delegation moves the power to, each once in the order given. Returns the reason when the
    /// list is empty; the caller checks that each code is a county of the request's city.
    /// </summary>
    public ChangeError? ChooseCounties(IEnumerable<string> regionCodes)
    {
        if (Kind != ChangeKind.Delegate)
        {
            throw new InvalidOperationException("Only a delegation moves a power to counties.");
        }

        var codes = regionCodes.Where(code => !string.IsNullOrWhiteSpace(code)).Select(code => code.Trim()).Distinct().ToList();
        if (codes.Count == 0)
        {
            return new ChangeError.CountiesMissing();
        }

        CountyCodes = codes;

        return null;
    }

    /// <summary>
    /// Sets the other items a merge retires, each once in the order given. Returns the reason when the list is empty
    /// or a code is malformed. The caller checks that each item exists, is in force and belongs to the department.
    /// </summary>
    public ChangeError? ChooseMergedItems(IEnumerable<string> itemCodes)
    {
        if (Kind != ChangeKind.Merge)
        {
            throw new InvalidOperationException("Only a merge retires other items.");
        }

        var codes = itemCodes.Where(code => !string.IsNullOrWhiteSpace(code))
            .Select(code => code.Trim().ToUpperInvariant())
            .Distinct()
            .ToList();
        if (codes.Count == 0)
        {
            return new ChangeError.MergedItemsMissing();
        }

        if (codes.FirstOrDefault(code => !ItemCode.IsWellFormed(code)) is { } malformed)
        {
            return new ChangeError.MergedItemInvalid(malformed);
        }

        MergedItemCodes = codes;

        return null;
    }

    /// <summary>
    /// Sets the new items a split creates. Returns the reason when there are fewer than two or more than
    /// <see cref="MaxSplitParts"/>, when a part's elements are invalid, or when two parts share a name; then nothing
    /// is set. Names are trimmed.
    /// </summary>
    public ChangeError? ChooseSplitParts(IReadOnlyList<DraftElements> parts)
    {
        if (Kind != ChangeKind.Split)
        {
            throw new InvalidOperationException("Only a split creates several items.");
        }

        if (parts.Count is < 2 or > MaxSplitParts)
        {
            return new ChangeError.SplitPartCount(parts.Count);
        }

        for (var index = 0; index < parts.Count; index++)
        {
            if (parts[index].Validate() is [var problem, ..])
            {
                return new ChangeError.SplitPartInvalid(index + 1, problem.Message);
            }
        }

        var names = parts.Select(part => part.Name.Trim()).ToList();
        if (names.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } repeated)
        {
            return new ChangeError.SplitPartNameRepeated(repeated.Key);
        }

        SplitParts = [.. parts.Select(part => part.Copy())];
        foreach (var (part, name) in SplitParts.Zip(names))
        {
            part.Name = name;
        }

        return null;
    }

    /// <summary>Links an addition or a take-over to the item its publication created.</summary>
    public void AttachItem(int powerItemId)
    {
        if (Kind is not (ChangeKind.Add or ChangeKind.TakeOver) || PowerItemId is not null)
        {
            throw new InvalidOperationException("Only a published addition or take-over is linked to the item it created.");
        }

        PowerItemId = powerItemId;
    }

    /// <summary>Keeps a copy of the draft's elements as submitted; the caller fires <see cref="ChangeTrigger.Submit"/> after.</summary>
    public void TakeSnapshot(DraftElements? elements) => Elements = elements;

    /// <summary>Returns the role that takes <paramref name="trigger"/> in the current state.</summary>
    public StaffRole RoleFor(ChangeTrigger trigger) => trigger switch
    {
        ChangeTrigger.Edit => StaffRole.ContentOfficer,
        ChangeTrigger.Submit or ChangeTrigger.Withdraw => StaffRole.DepartmentLead,
        ChangeTrigger.ConfirmLegalBasis => StaffRole.LegalAffairsReviewer,
        ChangeTrigger.Return when Status == ChangeStatus.LegalReview => StaffRole.LegalAffairsReviewer,
        _ => StaffRole.ReviewOfficeReviewer,
    };

    private StateMachine<ChangeStatus, ChangeTrigger> Machine()
    {
        var machine = new StateMachine<ChangeStatus, ChangeTrigger>(() => Status, status => Status = status);
        foreach (var editable in new[] { ChangeStatus.Draft, ChangeStatus.Returned })
        {
            machine.Configure(editable)
                .PermitReentry(ChangeTrigger.Edit)
                .PermitIf(ChangeTrigger.Submit, ChangeStatus.LegalReview, () => BasisChanged)
                .PermitIf(ChangeTrigger.Submit, ChangeStatus.OfficeReview, () => !BasisChanged)
                .Permit(ChangeTrigger.Withdraw, ChangeStatus.Withdrawn);
        }

        machine.Configure(ChangeStatus.LegalReview)
            .Permit(ChangeTrigger.ConfirmLegalBasis, ChangeStatus.OfficeReview)
            .Permit(ChangeTrigger.Return, ChangeStatus.Returned);
        machine.Configure(ChangeStatus.OfficeReview)
            .PermitIf(ChangeTrigger.Approve, ChangeStatus.AwaitingGovernmentDecision, () => Kind.NeedsGovernmentDecision())
            .PermitIf(ChangeTrigger.Approve, ChangeStatus.FinalReview, () => Kind == ChangeKind.Resume)
            .PermitIf(
                ChangeTrigger.Approve,
                ChangeStatus.Published,
                () => !Kind.NeedsGovernmentDecision() && Kind != ChangeKind.Resume)
            .Permit(ChangeTrigger.Return, ChangeStatus.Returned);
        machine.Configure(ChangeStatus.AwaitingGovernmentDecision)
            .Permit(ChangeTrigger.RecordGovernmentDecision, ChangeStatus.FinalReview)
            .Permit(ChangeTrigger.Return, ChangeStatus.Returned);
        machine.Configure(ChangeStatus.FinalReview)
            .Permit(ChangeTrigger.FinalApprove, ChangeStatus.Published)
            .Permit(ChangeTrigger.Return, ChangeStatus.Returned);

        return machine;
    }

    private ChangeError? CheckActor(ChangeTrigger trigger, WorkflowActor actor)
    {
        var role = RoleFor(trigger);
        if (actor.Scope.Role != role)
        {
            return new ChangeError.WrongRole(actor.Scope.Role, trigger);
        }

        var inScope = role is StaffRole.ContentOfficer or StaffRole.DepartmentLead
            ? actor.Scope.DepartmentId == DepartmentId && actor.Scope.RegionCode == RegionCode
            : actor.Scope.RegionCode == RegionCode;
        if (!inScope)
        {
            return new ChangeError.OutsideScope();
        }

        var reviews = role is not (StaffRole.ContentOfficer or StaffRole.DepartmentLead);
        var participated = _steps.Any(step => step.AccountId == actor.AccountId
            && step.Trigger is ChangeTrigger.Edit or ChangeTrigger.Submit);

        return reviews && participated ? new ChangeError.OwnRequest() : null;
    }

    private static ChangeError? CheckInput(ChangeTrigger trigger, string? opinion, GovernmentDecision? decision, DateTimeOffset at)
    {
        if (CharacterCount(opinion) > MaxOpinionLength)
        {
            return new ChangeError.OpinionTooLong(CharacterCount(opinion));
        }

        if (trigger == ChangeTrigger.Return && string.IsNullOrWhiteSpace(opinion))
        {
            return new ChangeError.OpinionRequired();
        }

        if (trigger != ChangeTrigger.RecordGovernmentDecision)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(decision?.Meeting))
        {
            return new ChangeError.DecisionIncomplete("会议名称");
        }

        if (decision.Date == default)
        {
            return new ChangeError.DecisionIncomplete("日期");
        }

        if (string.IsNullOrWhiteSpace(decision.DocumentNumber))
        {
            return new ChangeError.DecisionIncomplete("文号");
        }

        // Dates are compared in China Standard Time, in which the meeting's date was written.
        var today = DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

        return decision.Date > today ? new ChangeError.DecisionInFuture(decision.Date) : null;
    }

    private void Record(ChangeTrigger trigger, GovernmentDecision? decision, DateTimeOffset at)
    {
        if (trigger == ChangeTrigger.RecordGovernmentDecision)
        {
            GovernmentDecision = decision! with { Meeting = decision.Meeting.Trim(), DocumentNumber = decision.DocumentNumber.Trim() };
        }

        if (trigger == ChangeTrigger.Approve && Kind == ChangeKind.Resume)
        {
            ConfirmedAt = at;
        }

        if (Status == ChangeStatus.Published)
        {
            PublishedAt = at;
        }
    }
}
