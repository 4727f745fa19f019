using System.Globalization;
using Zhengwu.Domain.Calendar;

namespace Zhengwu.Domain.Feedback;

/// <summary>
/// Tracking numbers: ZX (咨询) or TS (投诉), the receipt date in China Standard Time (yyyyMMdd) and the day's
/// sequence of that kind, four digits from 0001, e.g. ZX-20261205-0001. The ten-thousandth of a day gets five
/// digits, so numbers stay unique.
/// </summary>
public static class FeedbackNumber
{
    /// <summary>Returns the prefix shared by the numbers of <paramref name="kind"/> received on the day of <paramref name="now"/>.</summary>
    public static string DayPrefix(FeedbackKind kind, DateTimeOffset now) =>
        kind.NumberPrefix() + "-" + ChinaStandardTime.DateOf(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-";

    public static string Format(string dayPrefix, int sequence) =>
        dayPrefix + sequence.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Returns whether <paramref name="text"/> has the shape of a tracking number, before any lookup.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: >= 16 and <= 17 }
        && text[..2] is "ZX" or "TS"
        && text[2] == '-' && text[11] == '-'
        && text[3..11].All(char.IsAsciiDigit)
        && text[12..].All(char.IsAsciiDigit);
}
