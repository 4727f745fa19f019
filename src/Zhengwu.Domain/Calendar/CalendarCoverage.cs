namespace Zhengwu.Domain.Calendar;

/// <summary>When the service center must add next year's calendar before deadlines reach into it.</summary>
public static class CalendarCoverage
{
    /// <summary>How far ahead, in calendar days, the back office looks for a missing year.</summary>
    public const int WarningDays = 60;

    /// <summary>
    /// Returns the years, in ascending order, between <paramref name="today"/> and <see cref="WarningDays"/> days
    /// later that <paramref name="coveredYears"/> lacks. A year ends at 24:00 on 31 December, so with 2026 the last
    /// covered year nothing is missing up to 1 November 2026 and 2027 is missing from 2 November 2026, 60 days
    /// before the end of 2026. A missing current year is reported too.
    /// </summary>
    public static IReadOnlyList<int> MissingYears(IEnumerable<int> coveredYears, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(coveredYears);
        var covered = coveredYears.ToHashSet();
        var last = today.AddDays(WarningDays).Year;

        return [.. Enumerable.Range(today.Year, last - today.Year + 1).Where(year => !covered.Contains(year))];
    }
}
