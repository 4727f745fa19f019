using System.Globalization;

namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>
/// Case numbers: the six-digit region code of the item, the filing date in China Standard Time (yyyyMMdd) and the
/// day's sequence in that region, four digits from 0001, e.g. 620100-20261205-0001. A region's ten-thousandth case
/// of one day gets a five-digit sequence, so numbers stay unique. The hyphens keep a number from reading as an
/// 18-digit ID number, which the audit log would mask.
/// </summary>
public static class CaseNumber
{
    private static readonly TimeSpan s_chinaOffset = TimeSpan.FromHours(8);

    /// <summary>Returns the prefix shared by the region's cases of the day that contains <paramref name="now"/>.</summary>
    public static string DayPrefix(string regionCode, DateTimeOffset now) =>
        regionCode + "-" + now.ToOffset(s_chinaOffset).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-";

    public static string Format(string dayPrefix, int sequence) =>
        dayPrefix + sequence.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Returns whether <paramref name="text"/> has the shape of a case number, before any lookup.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: >= 20 and <= 24 }
        && text[6] == '-' && text[15] == '-'
        && text.Where((c, index) => index is not (6 or 15)).All(char.IsAsciiDigit);
}
