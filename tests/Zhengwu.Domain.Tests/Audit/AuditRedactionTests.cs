using Zhengwu.Domain.Audit;

namespace Zhengwu.Domain.Tests.Audit;

public class AuditRedactionTests
{
    [Theory]
    [InlineData("620102199001011230", "620102********1230")]
    [InlineData("身份证620102199001011235号", "身份证620102********1235号")]
    [InlineData("id=62010219900101123X.", "id=620102********123X.")]
    [InlineData("62010219900101123x", "620102********123x")]
    [InlineData("a 620102199001011230, b 110101198001010014", "a 620102********1230, b 110101********0014")]
    public void Resident_id_keeps_six_and_four(string text, string expected)
    {
        Assert.Equal(expected, AuditRedaction.Redact(text));
    }

    [Theory]
    [InlineData("6217000010001234567")]
    [InlineData("62010219900101123")]
    [InlineData("order A620102199001011230")]
    [InlineData("item 620100-XK-00012")]
    public void Other_digit_runs_stay_unmasked(string text)
    {
        Assert.Equal(text, AuditRedaction.Redact(text));
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("电话：13812345678。", "电话：138****5678。")]
    [InlineData("+86 13812345678", "138****5678")]
    [InlineData("8613912345678", "139****5678")]
    [InlineData("138-1234-5678", "138****5678")]
    [InlineData("138 1234 5678", "138****5678")]
    [InlineData("手机13812345678，tel:13912345678", "手机138****5678，tel:139****5678")]
    public void Mobile_number_keeps_three_and_four(string text, string expected)
    {
        Assert.Equal(expected, AuditRedaction.Redact(text));
    }

    [Theory]
    [InlineData("12812345678")]
    [InlineData("0931-8888888")]
    [InlineData("138123456789")]
    [InlineData("last #2 550fd152fb80cfa406cad15846350871ff2c62e14df5a1594")]
    [InlineData("sha256 a13812345678")]
    [InlineData("sha256 13812345678f")]
    [InlineData("3fa8f139-1234-5678-b3fc-2c963f66afa6")]
    public void Non_mobile_numbers_stay_unmasked(string text)
    {
        Assert.Equal(text, AuditRedaction.Redact(text));
    }

    [Theory]
    [InlineData("password=hunter2", "password=***")]
    [InlineData("old Password: hunter2 new", "old Password: *** new")]
    [InlineData("{\"newPassword\":\"p@ss w0rd\",\"x\":1}", "{\"newPassword\":***,\"x\":1}")]
    [InlineData("client_secret=abc;scope=read", "client_secret=***;scope=read")]
    [InlineData("api-key='k 1'", "api-key=***")]
    [InlineData("Authorization: Bearer abc.def", "Authorization: ***")]
    [InlineData("sent bearer eyJabc", "sent bearer ***")]
    [InlineData("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-_1 end", "jwt *** end")]
    [InlineData("初始密码：Abc12345678!，请修改", "初始密码：***，请修改")]
    [InlineData("验证码=123456", "验证码=***")]
    public void Labelled_secrets_are_masked(string text, string expected)
    {
        Assert.Equal(expected, AuditRedaction.Redact(text));
    }

    [Fact]
    public void Secret_value_holding_id_is_masked_whole()
    {
        Assert.Equal("token=***", AuditRedaction.Redact("token=620102199001011230"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("发布事项 620100-XK-00012 第2版")]
    public void Plain_text_is_unchanged(string? text)
    {
        Assert.Equal(text, AuditRedaction.Redact(text));
    }
}
