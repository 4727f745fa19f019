using System.Globalization;
using Zhengwu.Domain.Calendar;
using static Zhengwu.Domain.Tests.Calendar.OfficialCalendar;

namespace Zhengwu.Domain.Tests.Calendar;

/// <summary>
/// The deadline and the working days used of a time limit, from its start, stops, resumes and extensions, counted
/// by hand on the official calendar. Events are stored in UTC; the tests write them in Beijing time.
/// </summary>
public class WorkingDayClockTests
{
    [Fact]
    public void Twenty_day_limit_across_Spring_Festival()
    {
        var clock = Clock(ClockEvent.Start(Beijing("2024-02-01 10:00"), 20));

        var reading = clock.Read(Beijing("2024-02-01 10:00"));

        Assert.Equal(new ClockReading(Day("2024-02-01"), ClockState.Running, 20, 0, Day("2024-03-05")), reading);
        Assert.Equal(20, reading.RemainingDays);
    }

    [Fact]
    public void Days_used_grow_with_working_days_only()
    {
        var clock = Clock(ClockEvent.Start(Beijing("2024-02-01 10:00"), 20));

        // 2/2, 2/4 (Sunday worked), 2/5–2/9; the holiday 2/10–2/17 adds nothing.
        Assert.Equal(7, clock.Read(Beijing("2024-02-09 18:00")).UsedDays);
        Assert.Equal(7, clock.Read(Beijing("2024-02-17 18:00")).UsedDays);
        Assert.Equal(8, clock.Read(Beijing("2024-02-18 08:00")).UsedDays);
    }

    [Fact]
    public void Deadline_day_uses_the_whole_limit_and_the_next_is_overdue()
    {
        var clock = Clock(ClockEvent.Start(Beijing("2024-02-01 10:00"), 20));

        var onDeadline = clock.Read(Beijing("2024-03-05 17:00"));
        var dayAfter = clock.Read(Beijing("2024-03-06 09:00"));

        Assert.Equal((20, 0, 0, false), (onDeadline.UsedDays, onDeadline.RemainingDays, onDeadline.OverdueDays, onDeadline.IsOverdue));
        Assert.Equal((21, 0, 1, true), (dayAfter.UsedDays, dayAfter.RemainingDays, dayAfter.OverdueDays, dayAfter.IsOverdue));
        Assert.Equal(Day("2024-03-05"), dayAfter.Deadline);
    }

    [Fact]
    public void Stop_for_corrections_and_resume_across_Spring_Festival()
    {
        // Accepted Monday 2025-01-20. Corrections requested Friday 1/24: 1/21–1/24 used, the stop day counts.
        // The materials arrive Thursday 2/6, which does not count. Days 5–20: 2/7, 2/8 (Saturday worked),
        // 2/10–2/14, 2/17–2/21, 2/24–2/27.
        var clock = Clock(
            ClockEvent.Start(Beijing("2025-01-20 09:30"), 20),
            ClockEvent.Stop(Beijing("2025-01-24 16:00")),
            ClockEvent.Resume(Beijing("2025-02-06 10:00")));

        var stopped = clock.Read(Beijing("2025-02-03 12:00"));
        var resumedDay = clock.Read(Beijing("2025-02-06 15:00"));
        var later = clock.Read(Beijing("2025-02-10 09:00"));

        Assert.Equal(new ClockReading(Day("2025-02-03"), ClockState.Stopped, 20, 4, null), stopped);
        Assert.Equal(16, stopped.RemainingDays);
        Assert.False(stopped.IsOverdue);
        Assert.Equal(new ClockReading(Day("2025-02-06"), ClockState.Running, 20, 4, Day("2025-02-27")), resumedDay);
        Assert.Equal(new ClockReading(Day("2025-02-10"), ClockState.Running, 20, 7, Day("2025-02-27")), later);
    }

    [Fact]
    public void Extension_adds_working_days_to_the_limit()
    {
        // As above, extended by 10 working days on 2/20 with day 15 used: days 16–30 are 2/21, 2/24–2/28,
        // 3/3–3/7, 3/10–3/13.
        var clock = Clock(
            ClockEvent.Start(Beijing("2025-01-20 09:30"), 20),
            ClockEvent.Stop(Beijing("2025-01-24 16:00")),
            ClockEvent.Resume(Beijing("2025-02-06 10:00")),
            ClockEvent.Extend(Beijing("2025-02-20 11:00"), 10));

        var reading = clock.Read(Beijing("2025-02-20 17:00"));

        Assert.Equal(new ClockReading(Day("2025-02-20"), ClockState.Running, 30, 15, Day("2025-03-13")), reading);
        Assert.Equal(15, reading.RemainingDays);
    }

    [Fact]
    public void Extension_while_stopped_leaves_the_deadline_open()
    {
        var clock = Clock(
            ClockEvent.Start(Beijing("2025-03-03 09:00"), 20),
            ClockEvent.Stop(Beijing("2025-03-05 09:00")),
            ClockEvent.Extend(Beijing("2025-03-06 09:00"), 10));

        Assert.Equal(
            new ClockReading(Day("2025-03-10"), ClockState.Stopped, 30, 2, null),
            clock.Read(Beijing("2025-03-10 09:00")));
    }

    [Fact]
    public void Start_on_a_holiday_counts_from_the_first_day_back()
    {
        // Applied online on 2025-01-29 (春节): 2/5, 2/6, 2/7, 2/8 (Saturday worked), 2/10.
        var clock = Clock(ClockEvent.Start(Beijing("2025-01-29 20:00"), 5));

        Assert.Equal(Day("2025-02-10"), clock.Read(Beijing("2025-01-29 20:00")).Deadline);
        Assert.Equal(0, clock.Read(Beijing("2025-02-04 20:00")).UsedDays);
    }

    [Fact]
    public void Stop_on_a_holiday_also_stops_the_first_day_back()
    {
        // Started Thursday 2024-09-26, limit 10: 9/27, 9/29 (Sunday worked), 9/30. Stopped on 10/3 (国庆节), so
        // 10/8 does not count; resumed 10/9, which does not count either. Then 10/10, 10/11, 10/12 (Saturday
        // worked), 10/14–10/17.
        var onHoliday = Clock(
            ClockEvent.Start(Beijing("2024-09-26 09:00"), 10),
            ClockEvent.Stop(Beijing("2024-10-03 10:00")),
            ClockEvent.Resume(Beijing("2024-10-09 09:00")));
        // Stopped on the first day back instead: 10/8 counts, one day earlier.
        var onWorkingDay = Clock(
            ClockEvent.Start(Beijing("2024-09-26 09:00"), 10),
            ClockEvent.Stop(Beijing("2024-10-08 10:00")),
            ClockEvent.Resume(Beijing("2024-10-09 09:00")));

        Assert.Equal(Day("2024-10-17"), onHoliday.Read(Beijing("2024-10-09 09:00")).Deadline);
        Assert.Equal(3, onHoliday.Read(Beijing("2024-10-09 09:00")).UsedDays);
        Assert.Equal(Day("2024-10-16"), onWorkingDay.Read(Beijing("2024-10-09 09:00")).Deadline);
        Assert.Equal(4, onWorkingDay.Read(Beijing("2024-10-09 09:00")).UsedDays);
    }

    [Fact]
    public void Resume_during_the_combined_National_Day_holiday()
    {
        // Started Monday 2025-09-22, limit 10: 9/23, and 9/24, the day of the stop. Resumed online on 10/5 inside
        // 国庆节、中秋节 (10/1–10/8): 10/9, 10/10, 10/11 (Saturday worked), 10/13–10/17.
        var clock = Clock(
            ClockEvent.Start(Beijing("2025-09-22 09:00"), 10),
            ClockEvent.Stop(Beijing("2025-09-24 15:00")),
            ClockEvent.Resume(Beijing("2025-10-05 21:00")));

        Assert.Equal(
            new ClockReading(Day("2025-10-09"), ClockState.Running, 10, 3, Day("2025-10-17")),
            clock.Read(Beijing("2025-10-09 12:00")));
    }

    [Fact]
    public void Stop_and_resume_on_the_same_day_lose_no_day()
    {
        // Monday 2026-03-02, limit 3: 3/3, 3/4 (running at its start), 3/5.
        var clock = Clock(
            ClockEvent.Start(Beijing("2026-03-02 09:00"), 3),
            ClockEvent.Stop(Beijing("2026-03-04 10:00")),
            ClockEvent.Resume(Beijing("2026-03-04 16:00")));

        Assert.Equal(Day("2026-03-05"), clock.Read(Beijing("2026-03-04 16:00")).Deadline);
    }

    [Fact]
    public void Events_count_on_the_Beijing_date_not_the_UTC_date()
    {
        // 2025-01-26 16:30 UTC is 00:30 on Monday 1/27 in Beijing. Day 1 is 2/5, after 春节, not 1/27.
        var afterMidnight = Clock(ClockEvent.Start(new DateTimeOffset(2025, 1, 26, 16, 30, 0, TimeSpan.Zero), 1));
        // One second before midnight in Beijing the start day is 2024-01-31, so the deadline comes a day earlier.
        var beforeMidnight = Clock(ClockEvent.Start(new DateTimeOffset(2024, 1, 31, 15, 59, 59, TimeSpan.Zero), 20));
        var atMidnight = Clock(ClockEvent.Start(new DateTimeOffset(2024, 1, 31, 16, 0, 0, TimeSpan.Zero), 20));

        Assert.Equal(Day("2025-02-05"), afterMidnight.Read(afterMidnight.History[0].At).Deadline);
        Assert.Equal(Day("2024-03-04"), beforeMidnight.Read(beforeMidnight.History[0].At).Deadline);
        Assert.Equal(Day("2024-03-05"), atMidnight.Read(atMidnight.History[0].At).Deadline);
    }

    [Fact]
    public void Later_events_are_ignored_by_an_earlier_reading()
    {
        var clock = Clock(
            ClockEvent.Start(Beijing("2025-01-20 09:30"), 20),
            ClockEvent.Stop(Beijing("2025-01-24 16:00")));

        Assert.Equal(
            new ClockReading(Day("2025-01-23"), ClockState.Running, 20, 3, Day("2025-02-21")),
            clock.Read(Beijing("2025-01-23 09:00")));
    }

    [Fact]
    public void Deadline_in_an_uncovered_year_is_an_error()
    {
        // From Sunday 2026-12-20: 12/21–12/25 and 12/28–12/31 are days 1–9; day 10 would be in 2027.
        var clock = Clock(ClockEvent.Start(Beijing("2026-12-20 10:00"), 20));

        var error = Assert.Throws<CalendarYearNotCoveredException>(() => clock.Read(Beijing("2026-12-20 10:00")));

        Assert.Equal(2027, error.Year);
    }

    [Fact]
    public void Days_while_stopped_are_not_looked_up()
    {
        var clock = Clock(
            ClockEvent.Start(Beijing("2026-12-28 09:00"), 20),
            ClockEvent.Stop(Beijing("2026-12-30 09:00")));

        Assert.Equal(
            new ClockReading(Day("2027-01-15"), ClockState.Stopped, 20, 2, null),
            clock.Read(Beijing("2027-01-15 09:00")));
    }

    [Fact]
    public void Reading_before_the_start_is_an_error()
    {
        var clock = Clock(ClockEvent.Start(Beijing("2025-03-03 09:00"), 20));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Read(Beijing("2025-03-03 08:59")));

        Assert.StartsWith("计时尚未开始：开始时间为 2025-03-03 09:00（北京时间），读取时间为 2025-03-03 08:59（北京时间）。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_from_start_before_start()
    {
        var clock = Clock(ClockEvent.Start(Beijing("2025-03-03 09:00"), 20));

        var early = clock.ReadFromStart(Beijing("2025-03-03 08:59"));

        Assert.Equal(clock.Read(Beijing("2025-03-03 09:00")), early);
        Assert.Equal(20, early.RemainingDays);
    }

    [Fact]
    public void Invalid_histories_are_rejected_with_the_event()
    {
        var start = ClockEvent.Start(Beijing("2025-03-03 09:00"), 20);
        var stop = ClockEvent.Stop(Beijing("2025-03-04 09:00"));
        var resume = ClockEvent.Resume(Beijing("2025-03-05 09:00"));
        (ClockEvent[] History, string Message)[] cases =
        [
            ([], "计时记录为空：第一个事件应为开始计时。"),
            ([stop, resume], "第 1 个事件是暂停计时：计时记录应以开始计时开头。"),
            ([start, resume], "第 2 个事件恢复计时时，计时并未暂停。"),
            ([start, stop, stop], "第 3 个事件暂停计时时，计时已经暂停。"),
            ([start, start], "第 2 个事件又一次开始计时：一个期限只能开始一次。"),
            ([start, resume, stop], "第 2 个事件恢复计时时，计时并未暂停。"),
            ([start, stop, ClockEvent.Resume(Beijing("2025-03-03 18:00"))],
                "第 3 个事件（恢复计时，2025-03-03 18:00（北京时间））早于前一个事件（2025-03-04 09:00（北京时间））：事件应按发生时间排列。"),
        ];

        foreach (var (history, message) in cases)
        {
            var error = Assert.Throws<ArgumentException>(() => new WorkingDayClock(Official, history));
            Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Events_need_sensible_days()
    {
        var at = Beijing("2025-03-03 09:00");

        Assert.StartsWith("开始计时的工作日数应至少为 1，收到 0。", Assert.Throws<ArgumentOutOfRangeException>(() => ClockEvent.Start(at, 0)).Message, StringComparison.Ordinal);
        Assert.StartsWith("延长期限的工作日数应至少为 1，收到 -5。", Assert.Throws<ArgumentOutOfRangeException>(() => ClockEvent.Extend(at, -5)).Message, StringComparison.Ordinal);
        Assert.StartsWith("暂停计时不带工作日数，收到 3。", Assert.Throws<ArgumentOutOfRangeException>(() => new ClockEvent(ClockEventKind.Stop, at, 3)).Message, StringComparison.Ordinal);
    }

    private static WorkingDayClock Clock(params ClockEvent[] history) => new(Official, history);

    /// <summary>Reads "yyyy-MM-dd HH:mm" as Beijing time and returns the instant in UTC, as events are stored.</summary>
    private static DateTimeOffset Beijing(string text) =>
        DateTimeOffset.ParseExact(text + " +08:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture).ToUniversalTime();
}
