namespace Zhengwu.Domain.Accounts;

/// <summary>
/// Password rules for staff accounts: at least 12 characters from at least three of the four classes
/// (upper case, lower case, digits, symbols), and not a commonly used password.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int RequiredClasses = 3;

    /// <summary>Returns the Chinese descriptions of the rules <paramref name="password"/> breaks; empty when it passes.</summary>
    public static IReadOnlyList<string> Check(string password, IReadOnlySet<string> commonPasswords)
    {
        var problems = new List<string>();
        if (password.Length < MinimumLength)
        {
            problems.Add($"密码至少需要{MinimumLength}个字符，当前为{password.Length}个。");
        }

        if (CountClasses(password) < RequiredClasses)
        {
            problems.Add("密码需包含大写字母、小写字母、数字、符号中的至少三类。");
        }

        if (IsCommon(password, commonPasswords))
        {
            problems.Add("该密码属于常见密码，容易被猜中，请另选。");
        }

        return problems;
    }

    public static int CountClasses(string password)
    {
        var classes = 0;
        classes += password.Any(char.IsAsciiLetterUpper) ? 1 : 0;
        classes += password.Any(char.IsAsciiLetterLower) ? 1 : 0;
        classes += password.Any(char.IsAsciiDigit) ? 1 : 0;
        classes += password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0;

        return classes;
    }

    /// <summary>
    /// Returns true when the password, lower-cased and with trailing digits and symbols removed, or as a whole,
    /// is in the list, so Password123! counts as the common "password".
    /// </summary>
    public static bool IsCommon(string password, IReadOnlySet<string> commonPasswords)
    {
        var lower = password.ToLowerInvariant();
        var stem = lower.TrimEnd("0123456789!@#$%^&*.?_-".ToCharArray());

        return commonPasswords.Contains(lower) || (stem.Length >= 4 && commonPasswords.Contains(stem));
    }
}
