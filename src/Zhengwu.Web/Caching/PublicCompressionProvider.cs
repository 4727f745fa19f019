using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Zhengwu.Web.Caching;

/// <summary>
/// Compresses only responses that carry no secret. BREACH recovers a secret, such as an antiforgery token, from
/// the compressed size of a response that also reflects attacker-chosen input. A request with a cookie or an
/// Authorization header, a response that sets a cookie, and anything under /staff therefore go uncompressed.
/// </summary>
internal sealed class PublicCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.Headers.ContainsKey(HeaderNames.Cookie)
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            || context.Response.Headers.ContainsKey(HeaderNames.SetCookie)
            || request.Path.StartsWithSegments("/staff")
            || request.Path.StartsWithSegments("/api/v1/staff"))
        {
            return false;
        }

        return base.ShouldCompressResponse(context);
    }
}
