using Zhengwu.Domain.Calendar;

namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>
/// An application (申报件) that one public account filed against one approval item, with its uploaded materials
/// and every step taken on it. The item's code and name are kept as they read at filing. Departments handle the
/// case through its parts (<see cref="CasePart"/>), one per handling department; <see cref="State"/> sums them up.
/// </summary>
public sealed class ApplicationCase
{
    public const string ApplicantActor = "申请人";

    private ApplicationCase()
    {
    }

    public int Id { get; private set; }

    /// <summary>The case number: region code, filing date in China time and the day's sequence, see <see cref="CaseNumber"/>.</summary>
    public string Number { get; private set; } = "";

    public int PowerItemId { get; private set; }

    public string ItemCode { get; private set; } = "";

    public string ItemName { get; private set; } = "";

    public Guid ApplicantId { get; private set; }

    /// <summary>The applicant's submission key; a retry with the same key returns this case.</summary>
    public string IdempotencyKey { get; private set; } = "";

    /// <summary>
    /// The summary of the parts' states: <see cref="CaseState.Concluded"/> once every part is final (or
    /// <see cref="CaseState.Rejected"/> when every part was rejected), otherwise the least advanced open part's
    /// state, in the order correction requested, submitted, then handling (<see cref="CaseState.Accepted"/>).
    /// </summary>
    public CaseState State { get; private set; }

    /// <summary>Counts the recorded steps; a step saved over a newer one is rejected as a concurrent change.</summary>
    public int Version { get; private set; } = 1;

    public DateTimeOffset SubmittedAt { get; private set; }

    public List<CaseStep> Steps { get; private set; } = [];

    public List<CaseMaterial> Materials { get; private set; } = [];

    public List<CasePart> Parts { get; private set; } = [];

    /// <summary>Whether the case has more than one part, which makes it a parallel approval (并联审批) case.</summary>
    public bool IsJoint => Parts.Count > 1;

    /// <summary>The decision of the whole case once it is concluded: denied when any part was denied.</summary>
    public CaseDecision? Decision => State != CaseState.Concluded ? null
        : Parts.Any(part => part.Decision == CaseDecision.Denied) ? CaseDecision.Denied
        : CaseDecision.Approved;

    /// <summary>Creates a case in <see cref="CaseState.Submitted"/> with the applicant's submission as its first step.</summary>
    public static ApplicationCase Submit(
        string number,
        int powerItemId,
        string itemCode,
        string itemName,
        Guid applicantId,
        string idempotencyKey,
        IEnumerable<CaseMaterial> materials,
        DateTimeOffset now) => new()
        {
            Number = number,
            PowerItemId = powerItemId,
            ItemCode = itemCode,
            ItemName = itemName,
            ApplicantId = applicantId,
            IdempotencyKey = idempotencyKey,
            State = CaseState.Submitted,
            SubmittedAt = now,
            Materials = [.. materials],
            Steps = [new CaseStep { State = CaseState.Submitted, ActorName = ApplicantActor, At = now, Opinion = "在线提交申请" }],
        };

    /// <summary>
    /// Opens one part per handling department, in the order given with the lead department first; called once,
    /// right after <see cref="Submit"/>, with the item's departments as configured at filing.
    /// </summary>
    /// <exception cref="InvalidOperationException">The case already has parts.</exception>
    /// <exception cref="ArgumentException">The plans are empty, repeat a department or do not name exactly one lead.</exception>
    public void OpenParts(IReadOnlyList<CasePartPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        if (Parts.Count > 0)
        {
            throw new InvalidOperationException($"Case {Number} already has its parts.");
        }

        if (plans.Count == 0 || plans.Count(plan => plan.IsLead) != 1
            || plans.Select(plan => plan.DepartmentId).Distinct().Count() != plans.Count)
        {
            throw new ArgumentException("A case needs one part per department, with exactly one lead department.", nameof(plans));
        }

        Parts = [.. plans.OrderByDescending(plan => plan.IsLead).Select(plan => CasePart.Open(plan, SubmittedAt))];
    }

    /// <summary>Returns the part the department handles, or null when the department has none.</summary>
    public CasePart? PartOf(int departmentId) => Parts.FirstOrDefault(part => part.DepartmentId == departmentId);

    public CasePart LeadPart => Parts.Single(part => part.IsLead);

    /// <summary>
    /// Checks that <paramref name="actor"/> may take <paramref name="action"/> on the department's part now and, if
    /// so, takes it and records the step. Returns the reason when the step is rejected, and then nothing changes.
    /// Callers run <see cref="DeemAcceptance"/> first so that a part past its acceptance limit is accepted.
    /// </summary>
    public CaseError? Fire(int departmentId, CaseAction action, CaseActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(actor);
        if (PartOf(departmentId) is not { } part)
        {
            return new CaseError.OutsideScope();
        }

        var error = part.Check(action, actor);
        if (error is not null)
        {
            return error;
        }

        part.Apply(action.Trigger, action, at);
        Record(part, action.Trigger, at, actor.Name, actor.DepartmentName, actor.AccountId, Clean(action.Opinion));

        return null;
    }

    /// <summary>
    /// Replaces the materials the department's open correction request lists with the applicant's new uploads,
    /// one per listed material and no other, and resumes the acceptance clock. The replaced materials are removed
    /// from <see cref="Materials"/>; the caller deletes their stored files after saving.
    /// </summary>
    public CaseError? Resubmit(int departmentId, Guid applicantId, IReadOnlyList<CaseMaterial> replacements, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        if (applicantId != ApplicantId)
        {
            return new CaseError.NotApplicant();
        }

        if (PartOf(departmentId) is not { } part)
        {
            return new CaseError.OutsideScope();
        }

        var error = part.CheckState(CaseTrigger.Resubmit) ?? CheckReplacements(part.CorrectionItems, replacements);
        if (error is not null)
        {
            return error;
        }

        var listed = part.CorrectionItems.Select(item => item.MaterialIndex).ToHashSet();
        var names = string.Join("、", part.CorrectionItems.Select(item => item.MaterialName));
        Materials.RemoveAll(material => listed.Contains(material.MaterialIndex));
        Materials.AddRange(replacements);
        part.Apply(CaseTrigger.Resubmit, null, at);
        Record(part, CaseTrigger.Resubmit, at, ApplicantActor, null, null, $"已补正：{names}");

        return null;
    }

    /// <summary>
    /// Records every submitted part whose 5 working days for acceptance ran out before <paramref name="now"/> as
    /// accepted by the system at the end (23:59:59 China time) of the 5th working day, the day the law deems the
    /// application accepted (《中华人民共和国行政许可法》第三十二条). Returns how many parts it accepted.
    /// </summary>
    /// <exception cref="CalendarYearNotCoveredException">The acceptance period reaches a year the calendar does not cover.</exception>
    public int DeemAcceptance(WorkingCalendar calendar, DateTimeOffset now)
    {
        var accepted = 0;
        foreach (var part in Parts.Where(part => part.State == CaseState.Submitted))
        {
            var reading = part.ClockOf(CaseClock.Acceptance, calendar)!.ReadFromStart(now);
            if (reading is not { IsOverdue: true, Deadline: { } deadline })
            {
                continue;
            }

            var at = ChinaStandardTime.StartOf(deadline.AddDays(1)).AddSeconds(-1).ToUniversalTime();
            part.Apply(CaseTrigger.DeemAccept, null, at);
            var opinion = $"自收到申请之日起 {CasePart.AcceptanceDays} 个工作日内未作出受理决定，{deadline:yyyy-MM-dd} 视为受理。";
            Record(part, CaseTrigger.DeemAccept, at, CasePart.SystemActor, null, null, opinion);
            accepted++;
        }

        return accepted;
    }

    /// <summary>
    /// Closes every open part of a joint case after another part was denied; only the lead department's lead may.
    /// Parts already decided as denied stay for their department to conclude with the denial document.
    /// </summary>
    public CaseError? CloseAfterDenial(CaseActor actor, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var lead = LeadPart;
        if (actor.Scope.DepartmentId != lead.DepartmentId || actor.Scope.Role != Accounts.StaffRole.DepartmentLead)
        {
            return actor.Scope.DepartmentId == lead.DepartmentId && actor.Scope.Role == Accounts.StaffRole.ContentOfficer
                ? new CaseError.WrongRole(actor.Scope.Role, CaseTrigger.Close)
                : new CaseError.NotLeadDepartment();
        }

        if (!Parts.Any(part => part.Decision == CaseDecision.Denied))
        {
            return new CaseError.NoDenial();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new CaseError.ReasonRequired(CaseTrigger.Close);
        }

        if (CasePart.CharacterCount(reason) > CasePart.MaxOpinionLength)
        {
            return new CaseError.OpinionTooLong(CasePart.CharacterCount(reason));
        }

        var open = Parts.Where(part => part.CheckState(CaseTrigger.Close) is null).ToList();
        if (open.Count == 0)
        {
            return new CaseError.StepNotAllowed(State, CaseTrigger.Close, []);
        }

        foreach (var part in open)
        {
            part.Apply(CaseTrigger.Close, null, at);
            Record(part, CaseTrigger.Close, at, actor.Name, actor.DepartmentName, actor.AccountId, reason.Trim());
        }

        return null;
    }

    private static CaseError? CheckReplacements(IReadOnlyList<CorrectionItem> listed, IReadOnlyList<CaseMaterial> replacements)
    {
        if (replacements.FirstOrDefault(file => listed.All(item => item.MaterialIndex != file.MaterialIndex)) is { } extra)
        {
            return new CaseError.ReplacementNotListed(extra.MaterialIndex);
        }

        var missing = listed.FirstOrDefault(item => replacements.All(file => file.MaterialIndex != item.MaterialIndex));

        return missing is null ? null : new CaseError.ReplacementMissing(missing.MaterialName);
    }

    private void Record(
        CasePart part,
        CaseTrigger trigger,
        DateTimeOffset at,
        string actorName,
        string? actorDepartment,
        Guid? accountId,
        string? opinion)
    {
        Steps.Add(new CaseStep
        {
            State = part.State,
            Trigger = trigger,
            DepartmentId = part.DepartmentId,
            ActorName = actorName,
            ActorDepartment = actorDepartment,
            AccountId = accountId,
            At = at,
            Opinion = opinion,
        });
        Version++;
        State = Summarize();
    }

    private CaseState Summarize()
    {
        if (Parts.All(part => part.State.IsFinal()))
        {
            return Parts.All(part => part.State == CaseState.Rejected) ? CaseState.Rejected : CaseState.Concluded;
        }

        var open = Parts.Where(part => !part.State.IsFinal()).Select(part => part.State).ToList();

        return open.Contains(CaseState.CorrectionRequested) ? CaseState.CorrectionRequested
            : open.Contains(CaseState.Submitted) ? CaseState.Submitted
            : CaseState.Accepted;
    }

    private static string? Clean(string? opinion) => string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
}
