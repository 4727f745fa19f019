namespace Zhengwu.Domain.Calendar;

/// <summary>How a day listed in a State Council holiday notice differs from the ordinary week.</summary>
public enum SpecialDayKind
{
    /// <summary>A statutory holiday: a day off, also when it falls on a weekday.</summary>
    Holiday = 1,

    /// <summary>A Saturday or Sunday worked in exchange for a day of a holiday period (调休上班).</summary>
    AdjustedWorkday = 2,
}
