namespace Zhengwu.Web.Hosting;

/// <summary>
/// Names of the rate limiting policies that endpoints opt into with <c>RequireRateLimiting</c> or
/// <c>[EnableRateLimiting]</c>. Both count every request except GET, HEAD and OPTIONS, per client address, so
/// showing a form never uses up attempts.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Login and other credential checks, limited by <c>Zhengwu:RateLimits:Login</c>.</summary>
    public const string Login = "login";

    /// <summary>Forms and API calls through which the public submits content, limited by
    /// <c>Zhengwu:RateLimits:PublicSubmission</c>.</summary>
    public const string PublicSubmission = "public-submission";
}
