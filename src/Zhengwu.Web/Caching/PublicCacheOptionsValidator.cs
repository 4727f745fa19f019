using Microsoft.Extensions.Options;

namespace Zhengwu.Web.Caching;

internal sealed class PublicCacheOptionsValidator : IValidateOptions<PublicCacheOptions>
{
    /// <summary>The longest version check interval: a minute of stale pages after a publication is already long.</summary>
    public const double MaxVersionCheckSeconds = 60;

    public ValidateOptionsResult Validate(string? name, PublicCacheOptions options)
    {
        var errors = new List<string>();
        if (options.VersionCheckSeconds is < 0 or > MaxVersionCheckSeconds || double.IsNaN(options.VersionCheckSeconds))
        {
            errors.Add($"{PublicCacheOptions.SectionName}:{nameof(PublicCacheOptions.VersionCheckSeconds)} is "
                + $"{options.VersionCheckSeconds}. Set it to a number of seconds from 0 to {MaxVersionCheckSeconds}.");
        }

        if (options.ExpirationMinutes is <= 0 || double.IsNaN(options.ExpirationMinutes))
        {
            errors.Add($"{PublicCacheOptions.SectionName}:{nameof(PublicCacheOptions.ExpirationMinutes)} is "
                + $"{options.ExpirationMinutes}. Set it to a positive number of minutes.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
