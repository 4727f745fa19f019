namespace Zhengwu.Domain.Organization;

/// <summary>Checks for GB/T 2260 six-digit administrative division codes.</summary>
public static class RegionCode
{
    public static bool IsValid(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) && code[..2] != "00";

    /// <summary>Returns true for a prefecture-level code such as 620100 (the last two digits are 00).</summary>
    public static bool IsCityLevel(string code) => code.EndsWith("00", StringComparison.Ordinal);
}
