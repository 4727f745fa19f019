namespace Zhengwu.Domain.Calendar;

/// <summary>The Chinese names of <see cref="SpecialDayKind"/> and the codes the calendar data file uses.</summary>
public static class SpecialDayKinds
{
    public const string HolidayCode = "holiday";
    public const string AdjustedWorkdayCode = "adjusted-workday";

    public static string ChineseName(this SpecialDayKind kind) => kind switch
    {
        SpecialDayKind.Holiday => "法定节假日",
        SpecialDayKind.AdjustedWorkday => "调休上班",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The code of <paramref name="kind"/> in the data file: holiday or adjusted-workday.</summary>
    public static string Code(this SpecialDayKind kind) => kind switch
    {
        SpecialDayKind.Holiday => HolidayCode,
        SpecialDayKind.AdjustedWorkday => AdjustedWorkdayCode,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads a data file code, exactly as <see cref="Code"/> writes it.</summary>
    public static bool TryParseCode(string? code, out SpecialDayKind kind)
    {
        kind = code switch
        {
            HolidayCode => SpecialDayKind.Holiday,
            AdjustedWorkdayCode => SpecialDayKind.AdjustedWorkday,
            _ => default,
        };

        return kind != default;
    }

    /// <summary>The Chinese name of a day of the week, e.g. 星期六.</summary>
    public static string ChineseName(this DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        DayOfWeek.Sunday => "星期日",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, null),
    };

    public static bool IsWeekend(this DayOfWeek day) => day is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
