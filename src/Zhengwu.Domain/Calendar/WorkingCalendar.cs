namespace Zhengwu.Domain.Calendar;

/// <summary>
/// The official working-day calendar: Monday to Friday are working days and weekends are days off, except the
/// special days of the covered years. A statutory holiday is a day off and an adjusted working day (调休上班) is a
/// working day. The calendar answers only for the years it covers. Any question about another year throws
/// <see cref="CalendarYearNotCoveredException"/>. A year without a notice is never treated as an ordinary week.
/// </summary>
/// <remarks>
/// Periods are counted as the Administrative Licensing Law counts them (《中华人民共和国行政许可法》第八十二条: time
/// limits in working days, excluding statutory holidays). The day on which a period starts does not count. Day 1 is
/// the first working day after it.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly HashSet<int> _years;
    private readonly Dictionary<DateOnly, SpecialDay> _days;

    /// <summary>Builds a calendar of <paramref name="years"/> with their <paramref name="specialDays"/>.</summary>
    /// <exception cref="ArgumentException">
    /// A special day falls outside the covered years, two special days share a date, or an adjusted working day
    /// falls on a weekday.
    /// </exception>
    public WorkingCalendar(IEnumerable<int> years, IEnumerable<SpecialDay> specialDays)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(specialDays);
        _years = [.. years];
        Years = [.. _years.Order()];
        _days = [];
        foreach (var day in specialDays)
        {
            if (!_years.Contains(day.Date.Year))
            {
                throw new ArgumentException($"特殊日期 {Format(day.Date)} 不在日历覆盖的年份内。", nameof(specialDays));
            }

            if (!_days.TryAdd(day.Date, day))
            {
                throw new ArgumentException($"特殊日期 {Format(day.Date)} 出现了两次。", nameof(specialDays));
            }

            if (day.Kind == SpecialDayKind.AdjustedWorkday && !day.Date.DayOfWeek.IsWeekend())
            {
                throw new ArgumentException(
                    $"调休上班日 {Format(day.Date)} 是{day.Date.DayOfWeek.ChineseName()}，应为星期六或星期日。",
                    nameof(specialDays));
            }
        }

        SpecialDays = [.. _days.Values.OrderBy(day => day.Date)];
    }

    /// <summary>The covered years in ascending order.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The special days of the covered years in date order.</summary>
    public IReadOnlyList<SpecialDay> SpecialDays { get; }

    public bool Covers(int year) => _years.Contains(year);

    /// <summary>Returns the special day on <paramref name="date"/>, or null when the day follows the week.</summary>
    public SpecialDay? Find(DateOnly date) => _days.GetValueOrDefault(date);

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <exception cref="CalendarYearNotCoveredException">The calendar does not cover the year of the date.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        if (!_years.Contains(date.Year))
        {
            throw new CalendarYearNotCoveredException(date.Year, Years);
        }

        return _days.TryGetValue(date, out var special) ? special.IsWorkingDay : !date.DayOfWeek.IsWeekend();
    }

    /// <summary>
    /// Returns the deadline of a period of <paramref name="days"/> working days that starts on
    /// <paramref name="start"/>: the <paramref name="days"/>-th working day after it. The start day does not count,
    /// whether it is a working day, a weekend or a holiday. Zero days returns the start day itself. Only the days
    /// after <paramref name="start"/> are looked up, so the start may lie in a year the calendar does not cover.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    /// <exception cref="CalendarYearNotCoveredException">The count reaches a year the calendar does not cover.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>
    /// Counts the working days after <paramref name="from"/> up to and including <paramref name="to"/>, so that
    /// <c>WorkingDaysBetween(start, AddWorkingDays(start, n)) == n</c>. The count is 0 when both are the same day and
    /// negative when <paramref name="to"/> comes first: <c>WorkingDaysBetween(a, b) == -WorkingDaysBetween(b, a)</c>.
    /// </summary>
    /// <exception cref="CalendarYearNotCoveredException">A counted day lies in a year the calendar does not cover.</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
