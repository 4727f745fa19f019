namespace Zhengwu.Domain.Accounts;

/// <summary>Why a citizen identification number is invalid, with a Chinese message that names the value and the fix.</summary>
public abstract record ResidentIdNumberError
{
    public abstract string Message { get; }

    public sealed record Malformed(string Value) : ResidentIdNumberError
    {
        public override string Message =>
            $"身份证号码“{ResidentIdNumber.Mask(Value)}”格式不正确：应为18位，前17位为数字，最后一位为数字或X，请核对后重新填写。";
    }

    public sealed record UnknownRegion(string RegionCode) : ResidentIdNumberError
    {
        public override string Message =>
            $"身份证号码的前6位地址码“{RegionCode}”不属于任何省级行政区，请核对后重新填写。";
    }

    public sealed record InvalidBirthDate(string Digits) : ResidentIdNumberError
    {
        public override string Message =>
            $"身份证号码第7至14位“{Digits}”不是有效的出生日期（应为年月日，如19880516），请核对后重新填写。";
    }

    public sealed record ImplausibleBirthDate(DateOnly BirthDate) : ResidentIdNumberError
    {
        public override string Message =>
            $"身份证号码中的出生日期{BirthDate:yyyy年M月d日}不合理：应在1900年1月1日至今天之间，请核对后重新填写。";
    }

    public sealed record WrongCheckCharacter(char Actual, char Expected) : ResidentIdNumberError
    {
        public override string Message =>
            $"身份证号码校验位不正确：最后一位是“{Actual}”，与前17位不符，请逐位核对号码后重新填写。";
    }
}
