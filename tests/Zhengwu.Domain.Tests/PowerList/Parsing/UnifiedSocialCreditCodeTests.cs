using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Domain.Tests.PowerList.Parsing;

public class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void Check_character_of_real_code()
    {
        // 91350100M000100Y4: the values of M and Y in the alphabet are 21 and 30.
        int[] products =
        [
            9 * 1, 1 * 3, 3 * 9, 5 * 27, 0 * 19, 1 * 26, 0 * 16, 0 * 17, 21 * 20,
            0 * 29, 0 * 25, 0 * 13, 1 * 8, 0 * 24, 0 * 10, 30 * 30, 4 * 28,
        ];
        var sum = products.Sum();

        Assert.Equal(1640, sum);
        Assert.Equal(28, sum % 31);
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    [Fact]
    public void Check_value_maps_to_letter()
    {
        // 1×1 + 1×3 + 1×9 = 13, 31 - 13 = 18, and the alphabet's value 18 is J.
        Assert.Equal('J', UnifiedSocialCreditCode.ComputeCheckCharacter("11100000000000000"));
    }

    [Fact]
    public void Check_value_31_becomes_zero()
    {
        // 4×1 + 9×3 = 31, so the sum modulo 31 is 0 and 31 - 0 = 31 is written as 0.
        Assert.Equal('0', UnifiedSocialCreditCode.ComputeCheckCharacter("49000000000000000"));
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("11100000000000000J")]
    [InlineData("490000000000000000")]
    public void IsValid_accepts_correct_codes(string code)
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100m000100y43")]
    [InlineData("91350100I000100Y43")]
    [InlineData("91350100O000100Y43")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y430")]
    [InlineData("91350100M000100Y4３")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_rejects_wrong_codes(string? code)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(code));
    }

    [Fact]
    public void Check_character_needs_17_characters()
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter("9135"));
    }

    [Fact]
    public void Check_character_rejects_foreign_characters()
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter("91350100I000100Y4"));
    }
}
