using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;

namespace Zhengwu.Web.Hosting;

/// <summary>
/// Writes the 429 response of a rejected request: a Retry-After header, and RFC 9457 problem details on the API.
/// A page gets the portal's error page in Chinese through the status code pages middleware.
/// </summary>
internal sealed partial class RateLimitRejection(ILogger<RateLimitRejection> logger)
{
    private const string Title = "请求过于频繁";

    public async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        int? retryAfterSeconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : null;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        LogRejected(logger, context.Request.Method, context.Request.Path, ClientPartition.KeyFor(context.Connection.RemoteIpAddress));
        if (WebServiceCollectionExtensions.IsApi(context))
        {
            await TypedResults.Problem(Detail(retryAfterSeconds), statusCode: StatusCodes.Status429TooManyRequests, title: Title)
                .ExecuteAsync(context);

            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { Enabled: true })
        {
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync($"{Title}。{Detail(retryAfterSeconds)}", cancellationToken);
    }

    private static string Detail(int? retryAfterSeconds) => retryAfterSeconds is { } seconds
        ? $"请求次数超过限制，请在 {seconds} 秒后重试。"
        : "请求次数超过限制，请稍后重试。";

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning,
        Message = "Rate limit exceeded: rejected {Method} {Path} from client {ClientPartition}")]
    private static partial void LogRejected(ILogger logger, string method, string path, string clientPartition);
}
