namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>
/// The state of a case part, and the summary state of a whole case. Online filing creates cases in
/// <see cref="Submitted"/>. A part is accepted, rejected or sent back for correction, may pause for a special
/// procedure, is decided (approved or denied) by the department lead and concludes with its result documents.
/// A part of a joint case that is still open when another part is denied can be closed by the lead department.
/// </summary>
public enum CaseState
{
    Submitted,
    Accepted,
    Rejected,
    CorrectionRequested,
    Approved,
    Denied,
    SpecialProcedure,
    Concluded,
    Closed,
}

public static class CaseStateNames
{
    public static string ChineseName(this CaseState state) => state switch
    {
        CaseState.Submitted => "已提交，待受理",
        CaseState.Accepted => "已受理，办理中",
        CaseState.Rejected => "不予受理",
        CaseState.CorrectionRequested => "待补正",
        CaseState.Approved => "已决定准予许可，待办结",
        CaseState.Denied => "已决定不予许可，待办结",
        CaseState.SpecialProcedure => "特别程序中",
        CaseState.Concluded => "已办结",
        CaseState.Closed => "已终止",
        _ => state.ToString(),
    };

    /// <summary>Whether no further handling step can follow: rejected, concluded or closed.</summary>
    public static bool IsFinal(this CaseState state) =>
        state is CaseState.Rejected or CaseState.Concluded or CaseState.Closed;
}
