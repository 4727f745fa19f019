namespace Zhengwu.Infrastructure.Calendar;

public enum CalendarOutcome
{
    Done = 1,

    /// <summary>The year or day does not exist.</summary>
    NotFound = 2,

    /// <summary>The input breaks a rule; <see cref="CalendarResult.Problems"/> names each value.</summary>
    Invalid = 3,

    /// <summary>Someone changed the year since the editor opened it; nothing was written.</summary>
    Conflict = 4,

    /// <summary>The editor's role may not change the calendar; the attempt was audited.</summary>
    Denied = 5,
}
