using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.Tests.Accounts;

public class PasswordRulesTests
{
    private const string TooShort = "密码至少需要12个字符，当前为11个。";
    private const string TooFewClasses = "密码需包含大写字母、小写字母、数字、符号中的至少三类。";
    private const string Common = "该密码属于常见密码，容易被猜中，请另选。";

    private static readonly HashSet<string> s_commonPasswords = ["password", "gansu", "abc", "abc123"];

    [Theory]
    [InlineData("abcdefghijkl", 1)]
    [InlineData("ABCDEFGHIJKL", 1)]
    [InlineData("123456789012", 1)]
    [InlineData("!@#$%^&*()_+", 1)]
    [InlineData("abcdefgh1234", 2)]
    [InlineData("Abcdefgh1234", 3)]
    [InlineData("abcdefgh123!", 3)]
    [InlineData("Abcdefgh123!", 4)]
    public void CountClasses_counts_each_class_once(string password, int expected)
    {
        Assert.Equal(expected, PasswordRules.CountClasses(password));
    }

    [Fact]
    public void Check_rejects_eleven_characters()
    {
        var problems = PasswordRules.Check("Lz#2026Gans", s_commonPasswords);

        Assert.Equal([TooShort], problems);
    }

    [Fact]
    public void Check_accepts_twelve_characters_three_classes()
    {
        Assert.Empty(PasswordRules.Check("Lz#2026Gansu", s_commonPasswords));
        Assert.Empty(PasswordRules.Check("lzriver2026!", s_commonPasswords));
    }

    [Fact]
    public void Check_rejects_two_character_classes()
    {
        var problems = PasswordRules.Check("lzriver20261", s_commonPasswords);

        Assert.Equal([TooFewClasses], problems);
    }

    [Fact]
    public void Check_lists_every_broken_rule()
    {
        var problems = PasswordRules.Check("password", s_commonPasswords);

        Assert.Equal(["密码至少需要12个字符，当前为8个。", TooFewClasses, Common], problems);
    }

    [Fact]
    public void Check_rejects_common_stem_with_suffix()
    {
        var problems = PasswordRules.Check("Password123!", s_commonPasswords);

        Assert.Equal([Common], problems);
    }

    [Theory]
    [InlineData("Password123!", true)]
    [InlineData("PASSWORD", true)]
    [InlineData("password2026!!", true)]
    [InlineData("Gansu2026#", true)]
    [InlineData("ABC123", true)]
    [InlineData("Lz#2026Gansu!x", false)]
    [InlineData("MyPassword123!", false)]
    [InlineData("abc!!!", false)]
    [InlineData("abc2026", false)]
    public void IsCommon_matches_whole_or_stem(string password, bool expected)
    {
        Assert.Equal(expected, PasswordRules.IsCommon(password, s_commonPasswords));
    }
}
