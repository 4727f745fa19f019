namespace Zhengwu.Infrastructure.Accounts.Verification;

/// <summary>The outcome of sending or checking a one-time code, with a Chinese message for every failure.</summary>
public abstract record VerificationResult
{
    public virtual string? FailureMessage => null;

    public sealed record Sent(DateTimeOffset ExpiresAt) : VerificationResult;

    public sealed record Verified : VerificationResult;

    public sealed record TooSoon(int RetryAfterSeconds) : VerificationResult
    {
        public override string FailureMessage => $"验证码发送过于频繁，请在{RetryAfterSeconds}秒后再获取。";
    }

    public sealed record HourlyLimitReached(int MaxPerHour) : VerificationResult
    {
        public override string FailureMessage => $"同一号码或邮箱每小时最多获取{MaxPerHour}次验证码，请稍后再试。";
    }

    public sealed record WrongCode(int AttemptsLeft) : VerificationResult
    {
        public override string FailureMessage => AttemptsLeft > 0
            ? $"验证码不正确，还可再试{AttemptsLeft}次，请核对短信或邮件中的6位数字。"
            : "验证码不正确，且错误次数已达上限，该验证码已失效，请重新获取。";
    }

    public sealed record NoActiveCode : VerificationResult
    {
        public override string FailureMessage => "验证码已过期、已使用或尚未获取，请重新获取验证码。";
    }
}
