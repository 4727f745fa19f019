namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>
/// The state of a case. Online filing creates cases in <see cref="Submitted"/>. Staff handling moves them on to
/// acceptance or rejection, correction requests, and a conclusion that approves or denies.
/// </summary>
public enum CaseState
{
    Submitted,
    Accepted,
    Rejected,
    CorrectionRequested,
    Approved,
    Denied,
}

public static class CaseStateNames
{
    public static string ChineseName(this CaseState state) => state switch
    {
        CaseState.Submitted => "已提交，待受理",
        CaseState.Accepted => "已受理",
        CaseState.Rejected => "不予受理",
        CaseState.CorrectionRequested => "待补正",
        CaseState.Approved => "已办结（准予许可）",
        CaseState.Denied => "已办结（不予许可）",
        _ => state.ToString(),
    };
}
