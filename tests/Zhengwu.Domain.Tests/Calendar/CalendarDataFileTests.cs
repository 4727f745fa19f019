using System.Text.Json;
using Zhengwu.Domain.Calendar;

namespace Zhengwu.Domain.Tests.Calendar;

/// <summary>
/// The data file data/calendar/working-calendar.csv holds the State Council's holiday notices for 2024 to 2026:
/// checked against the upstream files it was written from, and against counts worked out from the notices.
/// </summary>
public class CalendarDataFileTests
{
    private static readonly int[] s_years = [2024, 2025, 2026];

    private static readonly Dictionary<int, string> s_notices = new()
    {
        [2024] = "国办发明电〔2023〕7号",
        [2025] = "国办发明电〔2024〕12号",
        [2026] = "国办发明电〔2025〕7号",
    };

    [Fact]
    public void Data_file_matches_shared_holiday_files()
    {
        Assert.SkipUnless(
            s_years.All(year => File.Exists(OfficialCalendar.SharedFile(year))),
            "The shared files ../shared/data/holiday-cn-2024.json to -2026.json are not present.");

        // Upstream files follow the year of the notice's title, so a late-December day may sit in the next year's
        // file: the comparison is over all three files together.
        var expected = s_years.SelectMany(ReadSharedFile).OrderBy(day => day.Date).ToList();
        var actual = OfficialCalendar.ReadDataFile().Select(day => (day.Date, day.Kind, day.Name)).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Shared_files_are_the_years_they_name()
    {
        Assert.SkipUnless(File.Exists(OfficialCalendar.SharedFile(2026)), "The shared holiday files are not present.");

        foreach (var year in s_years)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(OfficialCalendar.SharedFile(year)));
            Assert.Equal(year, document.RootElement.GetProperty("year").GetInt32());
        }
    }

    [Fact]
    public void Rows_are_in_date_order_once_each()
    {
        var dates = OfficialCalendar.ReadDataFile().Select(day => day.Date).ToList();

        Assert.Equal(dates.Order(), dates);
        Assert.Equal(dates.Count, dates.Distinct().Count());
    }

    [Fact]
    public void Every_row_cites_the_notice_of_its_year()
    {
        var days = OfficialCalendar.ReadDataFile();

        Assert.Equal(s_years, days.Select(day => day.Date.Year).Distinct());
        Assert.All(days, day => Assert.Equal(s_notices[day.Date.Year], day.Notice));
    }

    [Fact]
    public void Adjusted_workdays_fall_on_weekends()
    {
        var adjusted = OfficialCalendar.ReadDataFile().Where(day => day.Kind == SpecialDayKind.AdjustedWorkday).ToList();

        Assert.All(adjusted, day => Assert.True(day.Date.DayOfWeek.IsWeekend(), $"{day.Date} is a {day.Date.DayOfWeek}."));
        Assert.Equal(
            ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
            adjusted.Where(day => day.Date.Year == 2026).Select(day => day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    // Days off per notice: 2024: 元旦 1, 春节 8, 清明 3, 劳动 5, 端午 1, 中秋 3, 国庆 7 = 28; 2025: 元旦 1, 春节 8,
    // 清明 3, 劳动 5, 端午 3, 国庆中秋 8 = 28; 2026: 元旦 3, 春节 9, 清明 3, 劳动 5, 端午 3, 中秋 3, 国庆 7 = 33.
    [Theory]
    [InlineData(2024, 28, 8)]
    [InlineData(2025, 28, 5)]
    [InlineData(2026, 33, 6)]
    public void Each_year_has_the_days_of_its_notice(int year, int holidays, int adjusted)
    {
        var days = OfficialCalendar.ReadDataFile().Where(day => day.Date.Year == year).ToList();

        Assert.Equal(holidays, days.Count(day => day.Kind == SpecialDayKind.Holiday));
        Assert.Equal(adjusted, days.Count(day => day.Kind == SpecialDayKind.AdjustedWorkday));
    }

    // Weekdays minus holidays on weekdays plus adjusted working days, counted by hand from the notices:
    // 2024 (leap year from a Monday): 262 - 19 + 8 = 251; 2025 (from a Wednesday): 261 - 18 + 5 = 248;
    // 2026 (from a Thursday): 261 - 19 + 6 = 248.
    [Theory]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Working_days_per_year(int year, int expected)
    {
        var calendar = OfficialCalendar.Official;

        Assert.Equal(expected, calendar.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));
    }

    private static IEnumerable<(DateOnly Date, SpecialDayKind Kind, string Name)> ReadSharedFile(int year)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(OfficialCalendar.SharedFile(year)));

        return
        [
            .. document.RootElement.GetProperty("days").EnumerateArray().Select(day => (
                OfficialCalendar.Day(day.GetProperty("date").GetString()!),
                day.GetProperty("isOffDay").GetBoolean() ? SpecialDayKind.Holiday : SpecialDayKind.AdjustedWorkday,
                day.GetProperty("name").GetString()!)),
        ];
    }
}
