using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Zhengwu.Web.Caching;

/// <summary>
/// Caches a public page or API read on this node, keyed by path, every query value and the content version, so a
/// publication changes the key on every node within the version check interval. A request with a cookie or an
/// Authorization header is neither served from the cache nor stored: it may belong to a signed-in staff member, and
/// a page that writes an antiforgery token sets a cookie. A response is stored only when it is a 200 without
/// Set-Cookie and without a private or no-store Cache-Control.
/// </summary>
internal sealed class PublicContentPolicy : IOutputCachePolicy
{
    public const string Name = "PublicContent";

    /// <summary>The tag of every response this policy stores, evicted when the content version changes.</summary>
    public const string Tag = "public-content";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey(HeaderNames.Cookie)
            && !request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var stamp = await services.GetRequiredService<ContentVersionMonitor>().CurrentAsync(cancellation);
        context.HttpContext.Items[typeof(ContentStamp)] = stamp;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["content-version"] = stamp.Key;
        context.ResponseExpirationTimeSpan =
            TimeSpan.FromMinutes(services.GetRequiredService<IOptions<PublicCacheOptions>>().Value.ExpirationMinutes);
        context.Tags.Add(Tag);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
