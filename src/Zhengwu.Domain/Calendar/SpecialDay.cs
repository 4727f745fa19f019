namespace Zhengwu.Domain.Calendar;

/// <summary>
/// A day that a State Council holiday notice sets apart from the ordinary week.
/// </summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">A holiday (a day off) or an adjusted working day (a weekend day worked).</param>
/// <param name="Name">The holiday the day belongs to, as the notice names it, e.g. 春节 or 国庆节、中秋节.</param>
/// <param name="Notice">The document number of the notice, e.g. 国办发明电〔2023〕7号.</param>
public sealed record SpecialDay(DateOnly Date, SpecialDayKind Kind, string Name, string Notice)
{
    public bool IsWorkingDay => Kind == SpecialDayKind.AdjustedWorkday;
}
