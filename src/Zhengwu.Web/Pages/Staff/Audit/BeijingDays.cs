using System.Globalization;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff.Audit;

/// <summary>
/// Date ranges of the audit pages, entered as whole days of China Standard Time (UTC+8, without daylight saving
/// time since 1991) and compared with the UTC times of the records.
/// </summary>
internal static class BeijingDays
{
    public const string Format = "yyyy-MM-dd";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    private static readonly DateOnly s_first = new(2000, 1, 1);
    private static readonly DateOnly s_last = new(2099, 12, 31);

    /// <summary>Returns the start of <paramref name="day"/> in Beijing time.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>Returns the end of <paramref name="day"/> in Beijing time: the start of the next day.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    public static string Display(DateTimeOffset time) =>
        time.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses <paramref name="text"/> as a day from 2000-01-01 to 2099-12-31, or adds an error naming the value
    /// under <paramref name="name"/>. Empty text returns null without an error.
    /// </summary>
    public static DateOnly? Parse(string name, string label, string? text, Dictionary<string, string> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors[name] = $"{label}“{DisplayText.Shorten(text)}”不是 yyyy-MM-dd 格式的日期，例如 2026-03-01。";

            return null;
        }

        if (day < s_first || day > s_last)
        {
            errors[name] = $"{label}“{text}”超出范围：请填写 2000-01-01 至 2099-12-31 之间的日期。";

            return null;
        }

        return day;
    }

    /// <summary>Adds an error when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public static void CheckOrder(DateOnly? from, DateOnly? to, Dictionary<string, string> errors)
    {
        if (from is { } start && to is { } end && end < start)
        {
            errors["to"] = $"结束日期 {end.ToString(Format, CultureInfo.InvariantCulture)} 早于开始日期 "
                + $"{start.ToString(Format, CultureInfo.InvariantCulture)}。";
        }
    }
}
