namespace Zhengwu.Domain.Calendar;

/// <summary>A time limit as it stands on one day.</summary>
/// <param name="Today">The China date of the reading.</param>
/// <param name="State">Whether counting runs or is stopped after the events so far.</param>
/// <param name="LimitDays">The limit of the start plus every extension so far, in working days.</param>
/// <param name="UsedDays">The working days counted up to and including <paramref name="Today"/>.</param>
/// <param name="Deadline">
/// The last working day of the limit. It is null while counting is stopped before reaching the limit, because
/// the deadline then depends on when counting resumes.
/// </param>
public sealed record ClockReading(DateOnly Today, ClockState State, int LimitDays, int UsedDays, DateOnly? Deadline)
{
    /// <summary>The working days of the limit left after today; 0 once the limit is used up.</summary>
    public int RemainingDays => Math.Max(0, LimitDays - UsedDays);

    /// <summary>The working days counted beyond the limit.</summary>
    public int OverdueDays => Math.Max(0, UsedDays - LimitDays);

    /// <summary>Whether the deadline has passed: today comes after it.</summary>
    public bool IsOverdue => Deadline is { } deadline && Today > deadline;
}
