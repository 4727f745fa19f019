using System.Security.Cryptography;
using System.Text;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Infrastructure.Feedback;

/// <summary>
/// Query codes of anonymous complaints: 12 characters from 32 letters and digits without 0, 1, I and O, which is
/// 60 bits. A code is derived from the form's random submission key with the keyed hash of
/// <see cref="PersonalDataProtector"/>, whose key lives outside the database, so a retried submission shows the
/// same code again. The database keeps only the keyed hash of the code.
/// </summary>
public static class QueryCodes
{
    public const int Length = 12;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Returns the query code of the anonymous submission with <paramref name="submissionKey"/>.</summary>
    public static string Derive(PersonalDataProtector protector, string submissionKey)
    {
        ArgumentNullException.ThrowIfNull(protector);
        var digest = Convert.FromHexString(protector.Hash("feedback-query-code|" + submissionKey));

        // 256 is a multiple of 32, so every character of the alphabet is equally likely.
        return string.Create(Length, digest, (span, bytes) =>
        {
            for (var index = 0; index < span.Length; index++)
            {
                span[index] = Alphabet[bytes[index] % Alphabet.Length];
            }
        });
    }

    /// <summary>Returns the stored hash of <paramref name="code"/>, upper-cased and without spaces or hyphens.</summary>
    public static string Hash(PersonalDataProtector protector, string code)
    {
        ArgumentNullException.ThrowIfNull(protector);

        return protector.Hash("feedback-query|" + Normalize(code));
    }

    /// <summary>Compares the hash of <paramref name="code"/> with <paramref name="storedHash"/> in constant time.</summary>
    public static bool Matches(PersonalDataProtector protector, string code, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(protector, code)),
            Encoding.ASCII.GetBytes(storedHash));

    private static string Normalize(string code) =>
        new([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
}
