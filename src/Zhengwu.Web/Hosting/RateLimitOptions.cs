namespace Zhengwu.Web.Hosting;

/// <summary>Per-client request limits, from the "Zhengwu:RateLimits" configuration section.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Zhengwu:RateLimits";

    /// <summary>Login attempts, for the <see cref="RateLimitPolicies.Login"/> policy.</summary>
    public FixedWindowLimit Login { get; set; } = new() { PermitLimit = 10 };

    /// <summary>Public submissions, for the <see cref="RateLimitPolicies.PublicSubmission"/> policy.</summary>
    public FixedWindowLimit PublicSubmission { get; set; } = new() { PermitLimit = 20 };

    /// <summary>GET and HEAD requests to /api, applied to every API endpoint.</summary>
    public FixedWindowLimit ApiRead { get; set; } = new() { PermitLimit = 600 };
}
