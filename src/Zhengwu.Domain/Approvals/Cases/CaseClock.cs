namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>The two time limits of a case part.</summary>
public enum CaseClock
{
    /// <summary>5 working days from receipt to accept, reject or request correction.</summary>
    Acceptance = 1,

    /// <summary>The item's handling limit, counted from acceptance.</summary>
    Handling = 2,
}
