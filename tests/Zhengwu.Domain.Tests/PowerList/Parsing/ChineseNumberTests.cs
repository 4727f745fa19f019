using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Domain.Tests.PowerList.Parsing;

public class ChineseNumberTests
{
    [Theory]
    [InlineData("三", 3)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("六十", 60)]
    [InlineData("一百一十五", 115)]
    [InlineData("一百零五", 105)]
    [InlineData("两", 2)]
    [InlineData("零", 0)]
    [InlineData("三千零二十", 3020)]
    [InlineData("一千零五十", 1050)]
    public void TryParse_reads_chinese_numerals(string text, int expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("20", 20)]
    [InlineData("２０", 20)]
    [InlineData(" 45 ", 45)]
    [InlineData("007", 7)]
    public void TryParse_reads_arabic_digits(string text, int expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("二三")]
    [InlineData("十百")]
    [InlineData("百")]
    [InlineData("一百零五十")]
    [InlineData("2十")]
    [InlineData("二零二四")]
    [InlineData("三日")]
    [InlineData("99999999999")]
    public void TryParse_rejects_malformed_text(string? text)
    {
        Assert.False(ChineseNumber.TryParse(text, out var value));
        Assert.Equal(0, value);
    }
}
