namespace Zhengwu.Infrastructure.Feedback;

public enum SubmissionOutcome
{
    /// <summary>The record was received now.</summary>
    Received,

    /// <summary>The key was used before by the same sender, and the result carries the record received then.</summary>
    Repeated,

    /// <summary>The form is invalid, nothing was stored, and the result carries the problems.</summary>
    Invalid,
}
