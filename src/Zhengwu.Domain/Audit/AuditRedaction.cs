using System.Text.RegularExpressions;

namespace Zhengwu.Domain.Audit;

/// <summary>
/// Masks personal data and secrets in free text before it is written to the audit log, which must never contain a
/// password, token, key or full ID number. It recognises 18-character resident ID numbers, mainland mobile
/// numbers, bearer tokens, JSON web tokens and values labelled as secrets (<c>password=…</c>, <c>"token": "…"</c>,
/// <c>密码：…</c>). A secret written without such a label is not recognised, so callers must not pass secrets.
/// </summary>
public static partial class AuditRedaction
{
    /// <summary>The text that replaces a secret.</summary>
    public const string Mask = "***";

    /// <summary>
    /// Returns <paramref name="text"/> with each resident ID number reduced to its first 6 and last 4 characters
    /// (620102********123X), each mobile number to its first 3 and last 4 digits (138****5678), and each labelled
    /// secret, bearer token or JSON web token replaced by <see cref="Mask"/>. Null stays null.
    /// </summary>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = LabelledSecret().Replace(text, match => match.Groups["label"].Value + Mask);
        masked = BearerToken().Replace(masked, match => match.Groups["scheme"].Value + Mask);
        masked = WebToken().Replace(masked, Mask);
        masked = ResidentIdNumber().Replace(masked, match => match.Groups["head"].Value + "********" + match.Groups["tail"].Value);

        return MobileNumber().Replace(masked, match => match.Groups["head"].Value + "****" + match.Groups["tail"].Value);
    }

    // A label such as password, client_secret, accessToken or 密码, an optional closing quote, a separator and a
    // quoted or unquoted value. "Bearer" inside the value is part of it, so "Authorization: Bearer abc" is masked whole.
    [GeneratedRegex(
        """(?<label>[A-Za-z_-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|authorization|cookie)["']?\s*[:=]\s*|(?:密码|口令|令牌|密钥|验证码)["']?\s*[:=：]\s*)(?:"[^"]*"|'[^']*'|(?:bearer\s+)?[^\s,;，；"']+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledSecret();

    [GeneratedRegex("""(?<scheme>\bbearer\s+)[A-Za-z0-9._~+/=-]+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    [GeneratedRegex("""\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*""", RegexOptions.CultureInvariant)]
    private static partial Regex WebToken();

    // Six digits of region code, eight of birth date, three of sequence and a check digit or X. The lookarounds
    // keep a longer run of digits, such as a bank card number, from matching in part.
    [GeneratedRegex("""(?<![0-9A-Za-z])(?<head>\d{6})\d{8}(?<tail>\d{3}[0-9Xx])(?![0-9A-Za-z])""", RegexOptions.CultureInvariant)]
    private static partial Regex ResidentIdNumber();

    // Eleven digits starting 13 to 19, with an optional +86 or 86 prefix and optional spaces or hyphens in the
    // usual 3-4-4 grouping. As for ID numbers, a run glued to Latin letters or digits is not a phone number, so the
    // digits of a SHA-256 hash or of a GUID (3fa8f139-1234-5678-…) in the 3-4-4 pattern are left alone.
    [GeneratedRegex("""(?<![0-9A-Za-z])(?:\+?86[ -]?)?(?<head>1[3-9]\d)[ -]?\d{4}[ -]?(?<tail>\d{4})(?![0-9A-Za-z])""", RegexOptions.CultureInvariant)]
    private static partial Regex MobileNumber();
}
