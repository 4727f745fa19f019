using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Infrastructure.Accounts.Registration;

/// <summary>Checks the fields of a registration and returns a Chinese error per invalid field.</summary>
public static class PublicRegistrationRules
{
    public static Dictionary<string, string> Check(PublicRegistration registration, DateOnly today, out NormalizedRegistration normalized)
    {
        var errors = new Dictionary<string, string>();
        var name = (registration.Name ?? "").Trim();
        if (name.Length is 0 or > PublicAccounts.MaxNameLength)
        {
            var subject = registration.Kind == AccountKind.Company ? "单位名称" : "姓名";
            errors[nameof(PublicRegistration.Name)] = $"{subject}需为1至{PublicAccounts.MaxNameLength}个字符，当前为{name.Length}个，请重新填写。";
        }

        var identity = CheckIdentity(registration, today, errors);
        var (contact, contactError) = ContactAddress.Normalize(registration.Channel, registration.Contact);
        if (contactError is not null)
        {
            errors[nameof(PublicRegistration.Contact)] = contactError;
        }

        if (string.IsNullOrEmpty(registration.Password))
        {
            errors[nameof(PublicRegistration.Password)] = "请设置密码：至少8个字符，且不能是常见密码。";
        }

        normalized = new NormalizedRegistration(name, identity, contact ?? "");

        return errors;
    }

    private static string CheckIdentity(PublicRegistration registration, DateOnly today, Dictionary<string, string> errors)
    {
        if (registration.Kind == AccountKind.Person)
        {
            var number = ResidentIdNumber.Normalize(registration.IdentityNumber);
            if (ResidentIdNumber.Validate(number, today) is { } error)
            {
                errors[nameof(PublicRegistration.IdentityNumber)] = error.Message;
            }

            return number;
        }

        if (registration.Kind != AccountKind.Company)
        {
            errors[nameof(PublicRegistration.Kind)] = "请选择账户类型：个人或法人（单位）。";

            return "";
        }

        var code = (registration.IdentityNumber ?? "").Trim().ToUpperInvariant();
        if (!UnifiedSocialCreditCode.IsValid(code))
        {
            var shown = code.Length > 20 ? code[..20] + "…" : code;
            errors[nameof(PublicRegistration.IdentityNumber)] =
                $"统一社会信用代码“{shown}”无效：应为18位，由数字和大写字母（不含I、O、S、V、Z）组成，且最后一位校验码须与前17位相符，请核对营业执照后重新填写。";
        }

        return code;
    }
}
