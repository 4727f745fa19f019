using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.Tests.Accounts;

public class ContactAddressTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData(" 138 1234 5678 ", "13812345678")]
    [InlineData("+86 138-1234-5678", "13812345678")]
    [InlineData("19912345678", "19912345678")]
    public void Phone_numbers_normalise(string text, string expected)
    {
        Assert.Equal((expected, null), ContactAddress.Normalize(VerificationChannel.Phone, text));
    }

    [Theory]
    [InlineData("12812345678")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("0931-8888888")]
    [InlineData("")]
    public void Invalid_phone_numbers_fail(string text)
    {
        var (address, error) = ContactAddress.Normalize(VerificationChannel.Phone, text);

        Assert.Null(address);
        Assert.StartsWith($"手机号码“{text}”无效", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Info@Example.com", "info@example.com")]
    [InlineData(" zhang.san@lanzhou.gov.cn ", "zhang.san@lanzhou.gov.cn")]
    public void Email_addresses_normalise(string text, string expected)
    {
        Assert.Equal((expected, null), ContactAddress.Normalize(VerificationChannel.Email, text));
    }

    [Theory]
    [InlineData("zhangsan")]
    [InlineData("zhangsan@localhost")]
    [InlineData("张三 <zhangsan@example.com>")]
    public void Invalid_email_addresses_fail(string text)
    {
        var (address, error) = ContactAddress.Normalize(VerificationChannel.Email, text);

        Assert.Null(address);
        Assert.StartsWith($"电子邮箱“{text}”无效", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Masks_hide_the_middle()
    {
        Assert.Equal("138****5678", ContactAddress.Mask(VerificationChannel.Phone, "13812345678"));
        Assert.Equal("i***@example.com", ContactAddress.Mask(VerificationChannel.Email, "info@example.com"));
    }
}
