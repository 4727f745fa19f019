using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Zhengwu.Web.Hosting;

/// <summary>
/// Configures the per-client limits of <see cref="RateLimitOptions"/>: the named policies of
/// <see cref="RateLimitPolicies"/> and a global limit on API reads.
/// </summary>
/// <remarks>
/// NOTE: the limiter counts in process memory, so each node of a cluster allows the full limit. A cluster needs
/// a shared store, or limits at its load balancer.
/// </remarks>
internal sealed class RateLimiterSetup(IOptions<RateLimitOptions> limits, RateLimitRejection rejection)
    : IConfigureOptions<RateLimiterOptions>
{
    public void Configure(RateLimiterOptions options)
    {
        var value = limits.Value;

        // Without this the middleware returns 503, which signals that the server is down rather than asking the
        // client to slow down.
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = rejection.WriteAsync;
        options.AddPolicy(RateLimitPolicies.Login, context => UnsafeMethodPartition(context, "login", value.Login));
        options.AddPolicy(
            RateLimitPolicies.PublicSubmission,
            context => UnsafeMethodPartition(context, "public-submission", value.PublicSubmission));
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(
            context => ApiReadPartition(context, value.ApiRead));
    }

    private static RateLimitPartition<string> UnsafeMethodPartition(HttpContext context, string prefix, FixedWindowLimit limit)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        return ClientWindow(context, prefix, limit);
    }

    private static RateLimitPartition<string> ApiReadPartition(HttpContext context, FixedWindowLimit limit)
    {
        var method = context.Request.Method;
        if (!WebServiceCollectionExtensions.IsApi(context) || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        return ClientWindow(context, "api-read", limit);
    }

    private static RateLimitPartition<string> ClientWindow(HttpContext context, string prefix, FixedWindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(
            $"{prefix}:{ClientPartition.KeyFor(context.Connection.RemoteIpAddress)}",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
}
