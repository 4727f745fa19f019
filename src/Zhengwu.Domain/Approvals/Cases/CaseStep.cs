namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>One recorded step of a case: what happened, who acted, when, and the opinion they gave.</summary>
public sealed class CaseStep
{
    public int Id { get; private set; }

    public int CaseId { get; private set; }

    /// <summary>The state the case, or the part named by <see cref="DepartmentId"/>, entered with this step.</summary>
    public CaseState State { get; init; }

    /// <summary>The handling step taken; null for the applicant's filing.</summary>
    public CaseTrigger? Trigger { get; init; }

    /// <summary>The department whose part the step changed; null for the filing, which concerns the whole case.</summary>
    public int? DepartmentId { get; init; }

    /// <summary>The actor's name as shown to the applicant: "申请人", "系统" or the staff member's name.</summary>
    public required string ActorName { get; init; }

    /// <summary>The staff member's department; null for the applicant and the system.</summary>
    public string? ActorDepartment { get; init; }

    /// <summary>The staff account that took the step; null for the applicant and the system.</summary>
    public Guid? AccountId { get; init; }

    public DateTimeOffset At { get; init; }

    public string? Opinion { get; init; }
}
