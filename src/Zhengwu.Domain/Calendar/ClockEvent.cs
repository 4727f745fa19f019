namespace Zhengwu.Domain.Calendar;

/// <summary>
/// One event in the history of a time limit: what happened and the instant it happened. The instant is converted
/// to China Standard Time to find the day it belongs to, whatever offset it carries; callers store UTC.
/// </summary>
public sealed record ClockEvent
{
    /// <param name="kind">What happened.</param>
    /// <param name="at">The instant, normally in UTC.</param>
    /// <param name="days">The limit of a start or the days an extension adds, at least 1; 0 for a stop or resume.</param>
    /// <exception cref="ArgumentOutOfRangeException">The days do not fit the kind.</exception>
    public ClockEvent(ClockEventKind kind, DateTimeOffset at, int days = 0)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的计时事件。");
        }

        if (kind is ClockEventKind.Start or ClockEventKind.Extend ? days < 1 : days != 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(days),
                days,
                kind is ClockEventKind.Start or ClockEventKind.Extend
                    ? $"{kind.ChineseName()}的工作日数应至少为 1，收到 {days}。"
                    : $"{kind.ChineseName()}不带工作日数，收到 {days}。");
        }

        Kind = kind;
        At = at;
        Days = days;
    }

    public ClockEventKind Kind { get; }

    public DateTimeOffset At { get; }

    /// <summary>The limit in working days of a start, the working days an extension adds, or 0.</summary>
    public int Days { get; }

    /// <summary>The day in China on which the event happened.</summary>
    public DateOnly ChinaDate => ChinaStandardTime.DateOf(At);

    public static ClockEvent Start(DateTimeOffset at, int limitDays) => new(ClockEventKind.Start, at, limitDays);

    public static ClockEvent Stop(DateTimeOffset at) => new(ClockEventKind.Stop, at);

    public static ClockEvent Resume(DateTimeOffset at) => new(ClockEventKind.Resume, at);

    public static ClockEvent Extend(DateTimeOffset at, int days) => new(ClockEventKind.Extend, at, days);
}

/// <summary>Chinese names of <see cref="ClockEventKind"/>.</summary>
public static class ClockEventKinds
{
    public static string ChineseName(this ClockEventKind kind) => kind switch
    {
        ClockEventKind.Start => "开始计时",
        ClockEventKind.Stop => "暂停计时",
        ClockEventKind.Resume => "恢复计时",
        ClockEventKind.Extend => "延长期限",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
