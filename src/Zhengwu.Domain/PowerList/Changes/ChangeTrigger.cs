namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>The workflow steps a staff member can take on a change request.</summary>
public enum ChangeTrigger
{
    /// <summary>The content officer saves the proposed content.</summary>
    Edit = 1,

    /// <summary>The department lead submits the draft, or resubmits a returned request.</summary>
    Submit = 2,

    /// <summary>The legal affairs office confirms the changed legal basis.</summary>
    ConfirmLegalBasis = 3,

    /// <summary>The review office approves; final for element changes, suspensions and resumptions.</summary>
    Approve = 4,

    /// <summary>The review office records the government's decision.</summary>
    RecordGovernmentDecision = 5,

    /// <summary>The review office's final review after the government's decision; publishes the change.</summary>
    FinalApprove = 6,

    /// <summary>The reviewer of the current step returns the request with a reason.</summary>
    Return = 7,

    /// <summary>The department lead withdraws a draft or a returned request.</summary>
    Withdraw = 8,
}
