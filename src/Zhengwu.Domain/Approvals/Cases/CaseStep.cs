namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>One recorded step of a case: what happened, who acted, when, and the opinion they gave.</summary>
public sealed class CaseStep
{
    public int Id { get; private set; }

    public int CaseId { get; private set; }

    /// <summary>The state the case entered with this step.</summary>
    public CaseState State { get; init; }

    /// <summary>The actor's name as shown to the applicant: "申请人" or the handling department.</summary>
    public required string ActorName { get; init; }

    public DateTimeOffset At { get; init; }

    public string? Opinion { get; init; }
}
