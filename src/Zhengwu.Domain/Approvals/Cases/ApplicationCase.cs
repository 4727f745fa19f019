namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>
/// An application (申报件) that one public account filed against one approval item, with its uploaded materials
/// and every step taken on it. The item's code and name are kept as they read at filing.
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

    public CaseState State { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public List<CaseStep> Steps { get; private set; } = [];

    public List<CaseMaterial> Materials { get; private set; } = [];

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
}
