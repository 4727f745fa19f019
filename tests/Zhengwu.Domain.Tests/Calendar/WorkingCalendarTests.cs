using Zhengwu.Domain.Calendar;
using static Zhengwu.Domain.Tests.Calendar.OfficialCalendar;

namespace Zhengwu.Domain.Tests.Calendar;

/// <summary>
/// Working days on the official calendar of 2024 to 2026, with every expected date counted by hand on a paper
/// calendar from the State Council notices.
/// </summary>
public class WorkingCalendarTests
{
    [Theory]
    [InlineData("2024-02-03", false)] // Saturday before 春节
    [InlineData("2024-02-04", true)] // Sunday worked for 春节
    [InlineData("2024-02-09", true)] // 除夕 was an ordinary Friday in 2024
    [InlineData("2024-02-10", false)] // Saturday inside the holiday
    [InlineData("2024-02-12", false)] // Monday inside the holiday
    [InlineData("2024-02-17", false)]
    [InlineData("2024-02-18", true)] // Sunday worked for 春节
    [InlineData("2025-01-26", true)] // Sunday worked
    [InlineData("2025-01-27", true)] // Monday before 除夕
    [InlineData("2025-01-28", false)] // 除夕, a holiday from 2025
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-08", true)] // Saturday worked
    [InlineData("2025-02-09", false)] // ordinary Sunday
    [InlineData("2026-02-14", true)] // Saturday worked
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-23", false)] // Monday, last day of 春节
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)] // Saturday worked
    [InlineData("2025-10-06", false)] // 中秋节 inside the combined holiday
    [InlineData("2025-10-08", false)] // Wednesday, the eighth day of 国庆节、中秋节
    [InlineData("2025-10-11", true)] // Saturday worked
    [InlineData("2026-01-02", false)] // Friday of 元旦
    [InlineData("2026-01-04", true)] // Sunday worked for 元旦
    [InlineData("2026-06-22", true)] // ordinary Monday
    public void Working_days_follow_the_notices(string date, bool working)
    {
        Assert.Equal(working, Official.IsWorkingDay(Day(date)));
    }

    [Theory]
    // A 20-working-day licensing limit (《中华人民共和国行政许可法》第四十二条) across each Spring Festival.
    // 2024: 2/2, 2/4 (Sunday worked), 2/5–2/9, 2/18 (Sunday worked), 2/19–2/23, 2/26–3/1 (29 February counts), 3/4, 3/5.
    [InlineData("2024-02-01", 20, "2024-03-05")]
    // 2025: 1/21–1/24, 1/26 (Sunday worked), 1/27, 2/5–2/7, 2/8 (Saturday worked), 2/10–2/14, 2/17–2/21.
    [InlineData("2025-01-20", 20, "2025-02-21")]
    // 2026: 2/10–2/13, 2/14 (Saturday worked), 2/24–2/27, 2/28 (Saturday worked), 3/2–3/6, 3/9–3/13.
    [InlineData("2026-02-09", 20, "2026-03-13")]
    [InlineData("2024-02-02", 1, "2024-02-04")] // the next working day is a Sunday
    [InlineData("2024-02-08", 2, "2024-02-18")] // 2/9, then the Sunday after the holiday
    [InlineData("2025-01-29", 1, "2025-02-05")] // started on a holiday: day 1 is the first day back
    [InlineData("2025-01-29", 4, "2025-02-08")]
    // 国庆节 2024 with its Sundays worked on 9/29 and Saturday on 10/12.
    [InlineData("2024-09-27", 1, "2024-09-29")]
    [InlineData("2024-09-27", 2, "2024-09-30")]
    [InlineData("2024-09-27", 3, "2024-10-08")]
    [InlineData("2024-09-27", 7, "2024-10-12")]
    [InlineData("2024-09-27", 8, "2024-10-14")]
    // 国庆节、中秋节 2025, eight days off from 10/1 to 10/8, Sunday 9/28 and Saturday 10/11 worked.
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-09-26", 3, "2025-09-30")]
    [InlineData("2025-09-26", 4, "2025-10-09")]
    [InlineData("2025-09-26", 6, "2025-10-11")]
    [InlineData("2025-09-26", 7, "2025-10-13")]
    // 2026: Sunday 9/20 worked, 中秋节 9/25–9/27, 国庆节 10/1–10/7, Saturday 10/10 worked.
    [InlineData("2026-09-18", 1, "2026-09-20")]
    [InlineData("2026-09-24", 1, "2026-09-28")]
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-09-30", 3, "2026-10-10")]
    [InlineData("2026-09-30", 4, "2026-10-12")]
    [InlineData("2025-12-31", 1, "2026-01-04")] // across the new year: 元旦 1/1–1/3, Sunday 1/4 worked
    [InlineData("2025-06-03", 0, "2025-06-03")]
    public void AddWorkingDays_counts_from_the_day_after(string start, int days, string deadline)
    {
        Assert.Equal(Day(deadline), Official.AddWorkingDays(Day(start), days));
    }

    [Theory]
    [InlineData("2025-09-30", "2025-10-09", 1)] // only 10/9 between the combined holiday's ends
    [InlineData("2025-09-26", "2025-10-13", 7)]
    [InlineData("2024-02-01", "2024-03-05", 20)]
    [InlineData("2024-03-05", "2024-02-01", -20)]
    [InlineData("2024-02-10", "2024-02-17", 0)] // inside the holiday
    [InlineData("2025-05-06", "2025-05-06", 0)]
    public void WorkingDaysBetween_counts_after_the_first_day(string from, string to, int expected)
    {
        Assert.Equal(expected, Official.WorkingDaysBetween(Day(from), Day(to)));
    }

    [Fact]
    public void Adding_and_counting_agree_on_every_start()
    {
        var calendar = Official;
        for (var start = Day("2024-01-01"); start <= Day("2026-10-31"); start = start.AddDays(1))
        {
            foreach (var days in new[] { 1, 5, 20, 30 })
            {
                var deadline = calendar.AddWorkingDays(start, days);

                Assert.True(calendar.IsWorkingDay(deadline), $"{start} + {days} = {deadline}, not a working day.");
                Assert.Equal(days, calendar.WorkingDaysBetween(start, deadline));
            }
        }
    }

    [Fact]
    public void Year_outside_the_calendar_is_an_error()
    {
        var error = Assert.Throws<CalendarYearNotCoveredException>(() => Official.IsWorkingDay(Day("2027-01-04")));

        Assert.Equal(2027, error.Year);
        Assert.Equal([2024, 2025, 2026], error.CoveredYears);
        Assert.Equal(
            "工作日历未收录 2027 年的节假日安排，无法按工作日计算期限（工作日历现有 2024、2025、2026 年）。"
                + "请政务服务中心管理员在国务院办公厅公布 2027 年节假日安排后，在后台“工作日历”中添加该年并确认生效。",
            error.Message);
    }

    [Fact]
    public void Count_reaching_next_year_is_an_error_not_a_guess()
    {
        // 12/29, 12/30 and 12/31 are working days of 2026; the fourth day would be in 2027.
        Assert.Equal(Day("2026-12-31"), Official.AddWorkingDays(Day("2026-12-28"), 3));

        var adding = Assert.Throws<CalendarYearNotCoveredException>(() => Official.AddWorkingDays(Day("2026-12-28"), 4));
        var counting = Assert.Throws<CalendarYearNotCoveredException>(
            () => Official.WorkingDaysBetween(Day("2023-12-29"), Day("2024-01-05")));

        Assert.Equal(2027, adding.Year);
        Assert.Equal(2023, counting.Year);
    }

    [Fact]
    public void Start_day_itself_is_not_looked_up()
    {
        // The period starts on the last day of 2023, which the calendar does not cover; 2024-01-01 is 元旦.
        Assert.Equal(Day("2024-01-02"), Official.AddWorkingDays(Day("2023-12-31"), 1));
    }

    [Fact]
    public void Calendar_without_years_covers_nothing()
    {
        var empty = new WorkingCalendar([], []);

        var error = Assert.Throws<CalendarYearNotCoveredException>(() => empty.IsWorkingDay(Day("2026-03-02")));

        Assert.StartsWith("工作日历未收录 2026 年的节假日安排，无法按工作日计算期限（工作日历中还没有任何年份）。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Special_day_outside_the_years_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(
            [2026],
            [new SpecialDay(Day("2027-01-01"), SpecialDayKind.Holiday, "元旦", "国办发明电〔2026〕1号")]));

        Assert.StartsWith("特殊日期 2027-01-01 不在日历覆盖的年份内。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_special_day_is_rejected()
    {
        var day = new SpecialDay(Day("2026-01-01"), SpecialDayKind.Holiday, "元旦", "国办发明电〔2025〕7号");

        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar([2026], [day, day with { Name = "新年" }]));

        Assert.StartsWith("特殊日期 2026-01-01 出现了两次。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjusted_workday_on_a_weekday_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(
            [2026],
            [new SpecialDay(Day("2026-02-13"), SpecialDayKind.AdjustedWorkday, "春节", "国办发明电〔2025〕7号")]));

        Assert.StartsWith("调休上班日 2026-02-13 是星期五，应为星期六或星期日。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_days_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(Day("2025-03-03"), -1));
    }
}
