namespace Zhengwu.Domain.Calendar;

/// <summary>
/// China Standard Time (UTC+8, without daylight saving time since 1991), the time the official calendar and every
/// deadline are counted in.
/// </summary>
public static class ChinaStandardTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar day in China at <paramref name="instant"/>, whatever offset it carries.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant <paramref name="date"/> begins in China: 00:00 UTC+8, which is 16:00 UTC the day before.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
