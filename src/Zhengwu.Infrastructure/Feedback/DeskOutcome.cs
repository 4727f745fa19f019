namespace Zhengwu.Infrastructure.Feedback;

public enum DeskOutcome
{
    Done,

    /// <summary>The record is unknown or belongs to another department; a denial was audited.</summary>
    NotFound,

    /// <summary>The rules refused the step; the result carries the message.</summary>
    Refused,

    /// <summary>Another staff member changed the record since the form was opened; the result carries it as stored.</summary>
    Conflict,
}
