using System.Globalization;

namespace Zhengwu.Domain.PowerList.Parsing;

/// <summary>Reads numbers as Chinese laws and lists write them: 二十, 一百一十五, 两, 20 or full-width ２０.</summary>
public static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>
    /// Parses Arabic digits (half- or full-width) or Chinese numerals up to 千. Returns false for empty text,
    /// mixed scripts and malformed numerals such as 十百 or 二三.
    /// </summary>
    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        if (trimmed.All(IsArabicDigit))
        {
            return TryParseArabic(trimmed, out value);
        }

        return TryParseNumerals(trimmed, out value);
    }

    /// <summary>Returns true for 0-9 and the full-width ０-９.</summary>
    public static bool IsArabicDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    /// <summary>Returns true for the characters a Chinese numeral is written with, 〇 and 两 included.</summary>
    public static bool IsNumeral(char c) => DigitValue(c) >= 0 || UnitValue(c) > 0;

    private static bool TryParseArabic(string text, out int value)
    {
        var folded = string.Concat(text.Select(c => c >= '０' ? (char)(c - '０' + '0') : c));

        return int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseNumerals(string text, out int value)
    {
        value = 0;
        var total = 0;
        var pending = -1;
        var lastUnit = int.MaxValue;
        var zeroSeen = false;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            var unit = UnitValue(c);
            if (digit >= 0)
            {
                // Two non-zero digits in a row (二三) are not a numeral, but 零 may precede a digit (一百零五).
                if (pending > 0)
                {
                    return false;
                }

                zeroSeen |= digit == 0;
                pending = digit;
            }
            else if (unit > 0)
            {
                if (unit >= lastUnit || pending == 0 || (pending < 0 && unit != 10))
                {
                    return false;
                }

                // 零 stands for a skipped place, so 一千零五十 is 1050 but 一百零五十 is malformed.
                if (zeroSeen && unit * 10 >= lastUnit)
                {
                    return false;
                }

                // A leading 十 means one ten: 十二 is 12.
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
                lastUnit = unit;
            }
            else
            {
                return false;
            }
        }

        value = total + Math.Max(pending, 0);

        return true;
    }

    private static int DigitValue(char c) => c switch
    {
        '〇' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };

    private static int UnitValue(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };
}
