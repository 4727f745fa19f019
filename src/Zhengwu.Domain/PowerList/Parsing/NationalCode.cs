namespace Zhengwu.Domain.PowerList.Parsing;

/// <summary>
/// The 31-character national implementation code (国家政务服务事项实施编码): the implementing agency's unified
/// social credit code followed by 13 characters.
/// </summary>
public static class NationalCode
{
    public const int Length = 31;

    /// <summary>
    /// Returns true when the code has 31 characters, starts with a valid unified social credit code and ends with
    /// 13 digits or upper-case letters.
    /// </summary>
    public static bool IsValid(string? code)
    {
        if (code is not { Length: Length })
        {
            return false;
        }

        // NOTE: the 13-character tail is checked only for its character set, not for its internal structure.
        var tail = code.AsSpan(UnifiedSocialCreditCode.Length);
        foreach (var c in tail)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return UnifiedSocialCreditCode.IsValid(code[..UnifiedSocialCreditCode.Length]);
    }
}
