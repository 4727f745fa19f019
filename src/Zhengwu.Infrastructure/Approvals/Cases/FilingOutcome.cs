namespace Zhengwu.Infrastructure.Approvals.Cases;

public enum FilingOutcome
{
    /// <summary>The case was filed now.</summary>
    Filed,

    /// <summary>The key was used before by the same account; the result carries the case filed then.</summary>
    Repeated,

    /// <summary>The item is unknown or classified.</summary>
    NotFound,

    /// <summary>The item may not be applied for; the result carries the barrier.</summary>
    Barred,

    /// <summary>The form or an upload is invalid; the result carries the problems and nothing was stored.</summary>
    Invalid,
}
