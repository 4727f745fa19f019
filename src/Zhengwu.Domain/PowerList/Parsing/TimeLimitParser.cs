using System.Text.RegularExpressions;

namespace Zhengwu.Domain.PowerList.Parsing;

/// <summary>Reads a statutory or promised time limit as laws and departments write it.</summary>
public static partial class TimeLimitParser
{
    private const string AmountText = "(?<amount>[0-9]+|[零〇一二两三四五六七八九十百千]+)";
    private const string UnitText = @"\s*(?<unit>个?工作日|个?自然日|个月|日|天|个?年)";

    private static readonly string[] s_instantWords = ["即时办结", "当场办结"];

    /// <summary>
    /// Parses the first time limit in <paramref name="text"/>, e.g. 20 in 自受理之日起20日内, and the extension in
    /// 可以延长十日. A bare number is a promised limit in working days, and 即时办结 or 当场办结 is 0 working days.
    /// Returns false and null when the text states no limit.
    /// </summary>
    public static bool TryParse(string? text, PowerType type, out TimeLimit? limit)
    {
        limit = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = TextNormalizer.Normalize(text);
        limit = ReadBareNumber(text, normalized) ?? ReadStatedLimit(text, normalized, type) ?? ReadInstant(text);

        return limit is not null;
    }

    private static TimeLimit? ReadBareNumber(string text, string normalized)
    {
        // Departments enter promised limits (承诺时限) as a bare count of working days.
        if (!ChineseNumber.TryParse(normalized, out var amount))
        {
            return null;
        }

        return new TimeLimit { Amount = amount, Unit = TimeLimitUnit.WorkingDays, Text = text };
    }

    /// <summary>
    /// Reads the first amount with a unit that is not itself an extension. When a text sets several limits
    /// (one for 报告书 and one for 报告表, or successive stages), the first one is returned.
    /// </summary>
    private static TimeLimit? ReadStatedLimit(string text, string normalized, PowerType type)
    {
        foreach (Match match in LimitPattern().Matches(normalized))
        {
            if (IsExtension(normalized, match.Index))
            {
                continue;
            }

            if (TryReadAmount(match, type, out var amount, out var unit))
            {
                return new TimeLimit
                {
                    Amount = amount,
                    Unit = unit,
                    Extension = ReadExtension(normalized, type),
                    Text = text,
                };
            }
        }

        return null;
    }

    private static int? ReadExtension(string normalized, PowerType type)
    {
        var match = ExtensionPattern().Match(normalized);
        if (!match.Success || !TryReadAmount(match, type, out var amount, out _))
        {
            return null;
        }

        return amount;
    }

    private static TimeLimit? ReadInstant(string text)
    {
        if (!s_instantWords.Any(word => text.Contains(word, StringComparison.Ordinal)))
        {
            return null;
        }

        return new TimeLimit { Amount = 0, Unit = TimeLimitUnit.WorkingDays, Text = text };
    }

    private static bool IsExtension(string normalized, int index) =>
        normalized[..index].TrimEnd().EndsWith("延长", StringComparison.Ordinal);

    private static bool TryReadAmount(Match match, PowerType type, out int amount, out TimeLimitUnit unit)
    {
        unit = UnitOf(match.Groups["unit"].Value, type);
        if (!ChineseNumber.TryParse(match.Groups["amount"].Value, out amount))
        {
            return false;
        }

        if (match.Groups["unit"].Value.EndsWith('年'))
        {
            amount *= 12;
        }

        return true;
    }

    /// <summary>
    /// Maps the written unit. Article 82 of the Administrative Licensing Law (中华人民共和国行政许可法) counts its time
    /// limits in working days without statutory holidays, so 日 or 天 is a working day for licensing and a natural
    /// day for every other power type.
    /// </summary>
    private static TimeLimitUnit UnitOf(string unit, PowerType type)
    {
        if (unit.Contains("工作日", StringComparison.Ordinal))
        {
            return TimeLimitUnit.WorkingDays;
        }

        if (unit.Contains('月') || unit.Contains('年'))
        {
            return TimeLimitUnit.Months;
        }

        if (unit.Contains("自然日", StringComparison.Ordinal))
        {
            return TimeLimitUnit.NaturalDays;
        }

        return type == PowerType.Licensing ? TimeLimitUnit.WorkingDays : TimeLimitUnit.NaturalDays;
    }

    // The look-behind and look-ahead keep article numbers (第十一条) and dates (2024年3月1日) from being read as
    // amounts.
    [GeneratedRegex("(?<![第0-9零〇一二两三四五六七八九十百千月])" + AmountText + UnitText + "(?![0-9零〇一二两三四五六七八九十月度])")]
    private static partial Regex LimitPattern();

    [GeneratedRegex(@"延长(?:期限)?\s*" + AmountText + UnitText)]
    private static partial Regex ExtensionPattern();
}
