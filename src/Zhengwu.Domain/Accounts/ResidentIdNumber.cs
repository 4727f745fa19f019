using System.Globalization;

namespace Zhengwu.Domain.Accounts;

/// <summary>
/// The 18-character citizen identification number (公民身份号码) of GB 11643-1999: a six-digit region code, the
/// birth date as yyyyMMdd, a three-digit sequence and a check character computed with ISO 7064 MOD 11-2.
/// </summary>
public static class ResidentIdNumber
{
    public const int Length = 18;

    /// <summary>The earliest birth date accepted as plausible for a living applicant.</summary>
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>The check characters for the weighted sum modulo 11, indexed by the remainder 0 to 10.</summary>
    private const string CheckCharacters = "10X98765432";

    private static readonly int[] s_weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// The province codes of GB/T 2260 that open a number, plus 81 to 83, which residence permits of Hong Kong,
    /// Macao and Taiwan residents use.
    /// </summary>
    private static readonly HashSet<string> s_provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ];

    /// <summary>Trims the text and writes a lower-case check character x as X, as people often type it.</summary>
    public static string Normalize(string? text) => (text ?? "").Trim().ToUpperInvariant();

    /// <summary>
    /// Checks a normalised number: length, digits, province, a real birth date between 1900-01-01 and
    /// <paramref name="today"/>, and the check character. Returns null when the number is valid.
    /// </summary>
    public static ResidentIdNumberError? Validate(string number, DateOnly today)
    {
        if (number.Length != Length || !number[..17].All(char.IsAsciiDigit) || !IsCheckCharacter(number[17]))
        {
            return new ResidentIdNumberError.Malformed(number);
        }

        if (!s_provinces.Contains(number[..2]))
        {
            return new ResidentIdNumberError.UnknownRegion(number[..6]);
        }

        if (!TryReadBirthDate(number, out var birthDate))
        {
            return new ResidentIdNumberError.InvalidBirthDate(number.Substring(6, 8));
        }

        if (birthDate < EarliestBirthDate || birthDate > today)
        {
            return new ResidentIdNumberError.ImplausibleBirthDate(birthDate);
        }

        var expected = ComputeCheckCharacter(number.AsSpan(0, 17));

        return number[17] == expected ? null : new ResidentIdNumberError.WrongCheckCharacter(number[17], expected);
    }

    /// <summary>
    /// Computes the check character of the first 17 digits: the sum of each digit times its weight
    /// (2^(18-i) mod 11 for the digit at position i, counted from 1), modulo 11, looked up in 1 0 X 9 8 7 6 5 4 3 2.
    /// </summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 17)
        {
            throw new ArgumentException(
                $"Invalid length {digits.Length}: the check character is computed from exactly 17 digits.",
                nameof(digits));
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * s_weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Masks all but the first four and last four characters, e.g. 6201**********1232.</summary>
    public static string Mask(string number) =>
        number.Length <= 8 ? new string('*', number.Length) : number[..4] + new string('*', number.Length - 8) + number[^4..];

    private static bool IsCheckCharacter(char character) => char.IsAsciiDigit(character) || character == 'X';

    private static bool TryReadBirthDate(string number, out DateOnly birthDate) =>
        DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate);
}
