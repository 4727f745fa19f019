namespace Zhengwu.Infrastructure.Feedback;

public enum DeskOutcome
{
    Done,

    /// <summary>The record is unknown or belongs to another department, and a denial was audited.</summary>
    NotFound,

    /// <summary>The rules rejected the step, and the result carries the message.</summary>
    Refused,

    /// <summary>Another staff member changed the record since the form was opened, and the result carries it as stored.</summary>
    Conflict,
}
