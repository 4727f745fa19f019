namespace Zhengwu.Domain.Calendar;

/// <summary>What happened to the count of a time limit.</summary>
public enum ClockEventKind
{
    /// <summary>The period starts, e.g. an application is accepted; carries the limit in working days.</summary>
    Start = 1,

    /// <summary>
    /// Counting is suspended, e.g. while the applicant corrects the materials or an expert review, hearing or test
    /// runs (《中华人民共和国行政许可法》第四十五条).
    /// </summary>
    Stop = 2,

    /// <summary>Counting continues after a stop, e.g. the corrected materials arrive.</summary>
    Resume = 3,

    /// <summary>The limit is extended by a number of working days, e.g. with the approval of the agency's head.</summary>
    Extend = 4,
}
