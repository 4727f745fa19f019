using Microsoft.Extensions.Options;

namespace Zhengwu.Web.Hosting;

/// <summary>Rejects rate limits that would block every request or overflow the limiter.</summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        List<string> failures =
        [
            .. Check(nameof(RateLimitOptions.Login), options.Login),
            .. Check(nameof(RateLimitOptions.PublicSubmission), options.PublicSubmission),
            .. Check(nameof(RateLimitOptions.ApiRead), options.ApiRead),
        ];

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(string limitName, FixedWindowLimit limit)
    {
        var key = $"{RateLimitOptions.SectionName}:{limitName}";
        if (limit.PermitLimit is < 1 or > FixedWindowLimit.MaxPermitLimit)
        {
            yield return $"{key}:PermitLimit is {limit.PermitLimit}; expected a whole number of requests from 1 to "
                + $"{FixedWindowLimit.MaxPermitLimit}.";
        }

        if (limit.WindowSeconds is < 1 or > FixedWindowLimit.MaxWindowSeconds)
        {
            yield return $"{key}:WindowSeconds is {limit.WindowSeconds}; expected a whole number of seconds from 1 to "
                + $"{FixedWindowLimit.MaxWindowSeconds}.";
        }
    }
}
