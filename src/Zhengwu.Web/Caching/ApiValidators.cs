using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Zhengwu.Web.Caching;

/// <summary>
/// Gives the public API's successful reads a strong <c>ETag</c> (a hash of the bytes sent, after compression, so
/// each content coding has its own) and a <c>Last-Modified</c> time (when public content last changed), and
/// returns 304 Not Modified for a matching <c>If-None-Match</c> or, without it, <c>If-Modified-Since</c>, as RFC 9110
/// section 13.2.2 orders them.
/// </summary>
internal static class ApiValidators
{
    public static IApplicationBuilder UseApiValidators(this IApplicationBuilder app) =>
        app.UseWhen(IsPublicApiRead, api => api.Use(ApplyAsync));

    private static bool IsPublicApiRead(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.Request.Path.StartsWithSegments("/api/v1")
        && !context.Request.Path.StartsWithSegments("/api/v1/staff");

    private static async Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request.Headers;
        var ifNoneMatch = request.IfNoneMatch;
        var ifModifiedSince = request.IfModifiedSince;

        // The output cache would evaluate these headers itself against what it stored. Here they are judged once, on the
        // bytes actually sent.
        request.Remove(HeaderNames.IfNoneMatch);
        request.Remove(HeaderNames.IfModifiedSince);
        var stamp = await context.RequestServices.GetRequiredService<ContentVersionMonitor>()
            .CurrentAsync(context.RequestAborted);

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"");
            var lastModified = Truncate(stamp.ChangedAt);
            response.Headers.ETag = tag.ToString();
            response.Headers.LastModified = HeaderUtilities.FormatDate(lastModified);
            if (NotModified(tag, lastModified, ifNoneMatch.ToString(), ifModifiedSince.ToString()))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                response.Headers.ContentEncoding = default;

                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool NotModified(EntityTagHeaderValue tag, DateTimeOffset lastModified, string ifNoneMatch, string ifModifiedSince)
    {
        if (!string.IsNullOrEmpty(ifNoneMatch))
        {
            return EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)
                && tags.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false));
        }

        return HeaderUtilities.TryParseDate(ifModifiedSince, out var since) && lastModified <= since;
    }

    /// <summary>HTTP dates have whole seconds, so a time is compared as the header would carry it.</summary>
    private static DateTimeOffset Truncate(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
