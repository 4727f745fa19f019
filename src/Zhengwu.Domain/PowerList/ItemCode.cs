using System.Globalization;

namespace Zhengwu.Domain.PowerList;

/// <summary>
/// Formats and reads registry item codes: region code, the type's two letters and a five-digit sequence
/// number, e.g. 620100-XK-00012.
/// </summary>
public static class ItemCode
{
    public const int MaxSequence = 99_999;

    public static string Format(string regionCode, PowerType type, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{regionCode}-{type.CodeLetters()}-{sequence:D5}");
    }

    public static bool IsWellFormed(string? code) => TryParse(code, out _, out _, out _);

    public static bool TryParse(string? code, out string regionCode, out PowerType type, out int sequence)
    {
        regionCode = "";
        type = default;
        sequence = 0;
        if (code is not { Length: 15 } || code[6] != '-' || code[9] != '-')
        {
            return false;
        }

        regionCode = code[..6];

        return Organization.RegionCode.IsValid(regionCode)
            && PowerTypes.TryParseLetters(code[7..9], out type)
            && code[10..].All(char.IsAsciiDigit)
            && int.TryParse(code[10..], NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && sequence > 0;
    }
}
