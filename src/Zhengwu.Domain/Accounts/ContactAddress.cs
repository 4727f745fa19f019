using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Zhengwu.Domain.Accounts;

/// <summary>Checks and normalises the mobile phone number or e-mail address a public account is verified with.</summary>
public static partial class ContactAddress
{
    public const int MaxEmailLength = 254;

    /// <summary>
    /// Returns the normalised address, or null with a Chinese message naming the value and the fix. A phone number
    /// is an 11-digit mainland mobile number, written with or without +86, spaces and hyphens. An e-mail address
    /// is stored in lower case.
    /// </summary>
    public static (string? Address, string? Error) Normalize(VerificationChannel channel, string? text)
    {
        var value = (text ?? "").Trim();

        return channel == VerificationChannel.Phone ? NormalizePhone(value) : NormalizeEmail(value);
    }

    /// <summary>Masks a phone number as 138****5678 and an e-mail address as z***@example.com.</summary>
    public static string Mask(VerificationChannel channel, string address)
    {
        if (channel == VerificationChannel.Phone)
        {
            return address.Length == 11 ? address[..3] + "****" + address[^4..] : new string('*', address.Length);
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);

        return at <= 0 ? "***" : address[..1] + "***" + address[at..];
    }

    private static (string?, string?) NormalizePhone(string value)
    {
        var digits = value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }

        if (MobileNumber().IsMatch(digits))
        {
            return (digits, null);
        }

        return (null, $"手机号码“{Shorten(value)}”无效：应为11位中国大陆手机号码，以1开头、第二位为3至9，请核对后重新填写。");
    }

    private static (string?, string?) NormalizeEmail(string value)
    {
        if (value.Length <= MaxEmailLength
            && MailAddress.TryCreate(value, out var parsed)
            && parsed.Address == value
            && parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            return (value.ToLowerInvariant(), null);
        }

        return (null, $"电子邮箱“{Shorten(value)}”无效：应形如 name@example.com，请核对后重新填写。");
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex("^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex MobileNumber();
}
