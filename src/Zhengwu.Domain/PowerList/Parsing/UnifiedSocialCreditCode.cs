namespace Zhengwu.Domain.PowerList.Parsing;

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015, whose last character is a
/// check character over the first 17.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    /// <summary>
    /// The 31 characters a code may contain, in the order of their values 0 to 30 (no I, O, S, V or Z).
    /// </summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] s_weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// Returns true when the code has 18 characters from <see cref="Alphabet"/> (upper case) and its last
    /// character equals the check character computed from the first 17.
    /// </summary>
    public static bool IsValid(string? code)
    {
        if (code is not { Length: Length } || !code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        return code[^1] == ComputeCheckCharacter(code.AsSpan(0, Length - 1));
    }

    /// <summary>
    /// Computes the check character of a 17-character prefix: 31 minus the weighted sum modulo 31, where 31
    /// becomes 0, written with <see cref="Alphabet"/>.
    /// </summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length != Length - 1)
        {
            throw new ArgumentException(
                $"Invalid prefix length {prefix.Length}: the check character is computed from exactly 17 characters.",
                nameof(prefix));
        }

        var sum = 0;
        for (var i = 0; i < prefix.Length; i++)
        {
            var value = Alphabet.IndexOf(prefix[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException(
                    $"Invalid character '{prefix[i]}' in the prefix: a credit code uses only the characters {Alphabet}.",
                    nameof(prefix));
            }

            sum += value * s_weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
