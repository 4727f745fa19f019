using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Domain.Tests.PowerList.Parsing;

public class NationalCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43" + "1234567890ABC")]
    [InlineData("11100000000000000J" + "0000000000000")]
    [InlineData("490000000000000000" + "XK00012000001")]
    public void IsValid_accepts_credit_code_and_tail(string code)
    {
        Assert.True(NationalCode.IsValid(code));
    }

    [Theory]
    [InlineData("91350100M000100Y44" + "1234567890ABC")]
    [InlineData("91350100M000100Y43" + "1234567890abc")]
    [InlineData("91350100M000100Y43" + "123456789-ABC")]
    [InlineData("91350100M000100Y43" + "1234567890AB")]
    [InlineData("91350100M000100Y43" + "1234567890ABCD")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_rejects_wrong_codes(string? code)
    {
        Assert.False(NationalCode.IsValid(code));
    }
}
