namespace Zhengwu.Web.Hosting;

/// <summary>
/// Adds the response headers that keep pages from running injected script, being framed or reached from another
/// window, and from being cached for a signed-in user. Pages carry no inline script or style attributes, so the
/// policy allows only the portal's own files.
/// </summary>
internal static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The headers are written when the response starts, because the exception handler clears every header
            // set before it, and authentication has set the user only by then.
            context.Response.OnStarting(AddHeaders, context);
            await next(context);
        });

    // An endpoint that sets one of these headers itself keeps its value, except Cache-Control for a signed-in user.
    private static Task AddHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.TryAdd("Content-Security-Policy", ContentSecurityPolicy);
        headers.TryAdd("X-Content-Type-Options", "nosniff");
        headers.TryAdd("X-Frame-Options", "DENY");
        headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.TryAdd("Cross-Origin-Opener-Policy", "same-origin");
        headers.TryAdd("Permissions-Policy", PermissionsPolicy);

        // A page for a signed-in user must not come back from the browser's cache or a shared proxy after logout.
        if (context.User.Identity?.IsAuthenticated == true)
        {
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }
}
