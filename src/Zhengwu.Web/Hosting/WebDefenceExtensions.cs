using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Zhengwu.Web.Hosting;

/// <summary>
/// Registers and places the portal's web defences: trusted proxies, HSTS and HTTPS redirection, per-client rate
/// limits and the rich text sanitizer.
/// </summary>
public static class WebDefenceExtensions
{
    /// <summary>The environment of the test host, which runs on plain HTTP like Development.</summary>
    public const string TestingEnvironment = "Testing";

    /// <summary>
    /// Registers the defences and a startup filter that puts forwarded headers, HSTS and HTTPS redirection first in
    /// the pipeline. Invalid <c>Zhengwu:Proxies</c> or <c>Zhengwu:RateLimits</c> settings stop the start with a
    /// message naming the key and value.
    /// </summary>
    public static IServiceCollection AddWebDefences(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>>(new ProxyOptionsValidator(configuration));
        services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>, ForwardedHeadersSetup>();

        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;

            // HSTS runs only outside Development, so the default exclusion of localhost serves no developer. It
            // would drop the header when a proxy on the same machine forwards with Host: localhost.
            options.ExcludedHosts.Clear();
        });
        services.AddHttpsRedirection(options => options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect);
        services.AddTransient<IStartupFilter, TransportSecurityStartupFilter>();

        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddSingleton<RateLimitRejection>();
        services.AddRateLimiter(_ => { });
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>, RateLimiterSetup>();

        services.AddSingleton<RichTextSanitizer>();

        return services;
    }

    /// <summary>
    /// Adds the rate limiter. Call it after <c>UseRouting</c>, because the named policies are endpoint metadata, and
    /// before authentication, so a rejected request costs no cookie or database work.
    /// </summary>
    public static WebApplication UseWebDefences(this WebApplication app)
    {
        app.UseRateLimiter();

        return app;
    }
}
