using Zhengwu.Domain.Calendar;
using static Zhengwu.Domain.Tests.Calendar.OfficialCalendar;

namespace Zhengwu.Domain.Tests.Calendar;

/// <summary>
/// The back office warns from 60 days before the end of the last covered year (24:00 on 31 December), which is
/// 00:00 on 2 November.
/// </summary>
public class CalendarCoverageTests
{
    private static readonly int[] s_covered = [2024, 2025, 2026];

    [Theory]
    [InlineData("2026-06-30", new int[0])]
    [InlineData("2026-11-01", new int[0])] // + 60 days = 2026-12-31
    [InlineData("2026-11-02", new[] { 2027 })] // + 60 days = 2027-01-01
    [InlineData("2026-12-31", new[] { 2027 })]
    [InlineData("2027-01-01", new[] { 2027 })] // the current year itself is missing
    [InlineData("2024-11-01", new int[0])] // 2024 is a leap year; November and December are not affected
    public void Next_year_is_missing_from_2_November(string today, int[] missing)
    {
        Assert.Equal(missing, CalendarCoverage.MissingYears(s_covered, Day(today)));
    }

    [Fact]
    public void Gap_in_the_years_is_reported()
    {
        Assert.Equal([2025], CalendarCoverage.MissingYears([2024, 2026], Day("2025-03-01")));
        Assert.Equal([2025, 2026], CalendarCoverage.MissingYears([], Day("2025-12-01")));
    }
}
