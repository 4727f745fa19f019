using System.Globalization;

namespace Zhengwu.Domain.Calendar;

/// <summary>
/// Derives the deadline of a time limit and the working days used from the history of its events: a start with
/// the limit, then stops, resumes and extensions in the order they happened.
/// </summary>
/// <remarks>
/// <para>
/// Counting convention. Every event belongs to the day in China Standard Time (UTC+8) on which it happens, and only
/// that day matters, not the hour. A working day counts toward the limit when counting is running at its start
/// (00:00 UTC+8), that is when the last event before that day is a start or a resume. Weekends and holidays never
/// count. Hence:
/// </para>
/// <list type="bullet">
/// <item>The day of the start never counts: day 1 is the first working day after it, as
/// <see cref="WorkingCalendar.AddWorkingDays"/> counts.</item>
/// <item>A stop on a working day lets that day count in full (the agency had it), and no later day counts until a
/// resume.</item>
/// <item>The day of a resume does not count, like the day of a start: counting goes on with the next working
/// day.</item>
/// <item>A stop and a resume on the same working day leave it as it was at 00:00, so a clock running that
/// morning loses no day and gains none.</item>
/// <item>An event on a weekend or holiday takes effect the same way, and the day itself never counts. A start on
/// 2025-01-29 (春节) counts from 2025-02-05, the first working day after the holiday. A stop on 2024-10-03 (国庆节)
/// means 2024-10-08, the first working day after it, does not count. A stop on 2024-10-08 itself would count that
/// day.</item>
/// <item>An extension adds its days to the limit whenever it happens, while running or stopped.</item>
/// </list>
/// <para>
/// The deadline is the working day on which the count reaches the limit. While counting runs, that is the
/// remaining days after today, counted with <see cref="WorkingCalendar.AddWorkingDays"/>. A computation that needs a
/// day in a year the calendar does not cover throws <see cref="CalendarYearNotCoveredException"/>. Days while
/// counting is stopped are not looked up.
/// </para>
/// </remarks>
public sealed class WorkingDayClock
{
    private readonly WorkingCalendar _calendar;

    /// <exception cref="ArgumentException">
    /// The history is empty, does not begin with its only start, is not in time order, stops while stopped or
    /// resumes while running.
    /// </exception>
    public WorkingDayClock(WorkingCalendar calendar, IEnumerable<ClockEvent> history)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(history);
        _calendar = calendar;
        History = [.. history];
        Validate(History);
    }

    /// <summary>The events in the order they happened.</summary>
    public IReadOnlyList<ClockEvent> History { get; }

    /// <summary>
    /// Reads the limit at <paramref name="now"/>, or at the start when <paramref name="now"/> comes before it. Nodes
    /// whose clocks differ slightly read limits that another node started, and before its start no day is used.
    /// </summary>
    /// <exception cref="CalendarYearNotCoveredException">A counted day lies in a year the calendar does not cover.</exception>
    public ClockReading ReadFromStart(DateTimeOffset now) => Read(now < History[0].At ? History[0].At : now);

    /// <summary>
    /// Reads the limit as it stands at <paramref name="now"/>, from the events up to that instant. The reading's day
    /// counts when counting ran at its start, so on the deadline day the whole limit is used and none remains.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> comes before the start.</exception>
    /// <exception cref="CalendarYearNotCoveredException">A counted day lies in a year the calendar does not cover.</exception>
    public ClockReading Read(DateTimeOffset now)
    {
        var events = History.TakeWhile(item => item.At <= now).ToList();
        if (events.Count == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(now),
                now,
                $"计时尚未开始：开始时间为 {Display(History[0].At)}，读取时间为 {Display(now)}。");
        }

        var today = ChinaStandardTime.DateOf(now);
        var counted = new List<DateOnly>();
        var limit = 0;
        var running = false;
        var next = 0;
        for (var day = events[0].ChinaDate; day <= today; day = day.AddDays(1))
        {
            // The state at 00:00 decides whether the day counts; the day's own events act from the next day on.
            if (running && _calendar.IsWorkingDay(day))
            {
                counted.Add(day);
            }

            for (; next < events.Count && events[next].ChinaDate == day; next++)
            {
                var item = events[next];
                switch (item.Kind)
                {
                    case ClockEventKind.Start:
                        limit = item.Days;
                        running = true;
                        break;
                    case ClockEventKind.Stop:
                        running = false;
                        break;
                    case ClockEventKind.Resume:
                        running = true;
                        break;
                    case ClockEventKind.Extend:
                        limit += item.Days;
                        break;
                }
            }
        }

        DateOnly? deadline = counted.Count >= limit
            ? counted[limit - 1]
            : running ? _calendar.AddWorkingDays(today, limit - counted.Count) : null;

        return new ClockReading(today, running ? ClockState.Running : ClockState.Stopped, limit, counted.Count, deadline);
    }

    private static void Validate(IReadOnlyList<ClockEvent> history)
    {
        if (history.Count == 0)
        {
            throw new ArgumentException("计时记录为空：第一个事件应为开始计时。", nameof(history));
        }

        var running = false;
        for (var index = 0; index < history.Count; index++)
        {
            var item = history[index];
            var number = index + 1;
            var problem = item.Kind switch
            {
                _ when index > 0 && item.At < history[index - 1].At =>
                    $"第 {number} 个事件（{item.Kind.ChineseName()}，{Display(item.At)}）早于前一个事件（{Display(history[index - 1].At)}）：事件应按发生时间排列。",
                ClockEventKind.Start when index > 0 => $"第 {number} 个事件又一次开始计时：一个期限只能开始一次。",
                not ClockEventKind.Start when index == 0 => $"第 1 个事件是{item.Kind.ChineseName()}：计时记录应以开始计时开头。",
                ClockEventKind.Stop when !running => $"第 {number} 个事件暂停计时时，计时已经暂停。",
                ClockEventKind.Resume when running => $"第 {number} 个事件恢复计时时，计时并未暂停。",
                _ => null,
            };
            if (problem is not null)
            {
                throw new ArgumentException(problem, nameof(history));
            }

            running = item.Kind switch
            {
                ClockEventKind.Start or ClockEventKind.Resume => true,
                ClockEventKind.Stop => false,
                _ => running,
            };
        }
    }

    private static string Display(DateTimeOffset instant) =>
        instant.ToOffset(ChinaStandardTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "（北京时间）";
}
