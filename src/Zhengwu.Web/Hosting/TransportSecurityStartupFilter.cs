using Microsoft.Extensions.Options;

namespace Zhengwu.Web.Hosting;

/// <summary>
/// Puts forwarded headers, HSTS and HTTPS redirection at the very start of the pipeline, ahead of everything
/// Program.cs adds. The exception handler, logs, the rate limiter and the audit trail then all see the client's
/// address and scheme, and a request over HTTP is redirected before any page runs.
/// </summary>
internal sealed class TransportSecurityStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var proxies = app.ApplicationServices.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (proxies.HasProxies)
        {
            app.UseForwardedHeaders();
        }

        // Development and the test host run on plain HTTP. HSTS there would pin localhost to HTTPS in the browser.
        var environment = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>();
        if (!environment.IsDevelopment() && !environment.IsEnvironment(WebDefenceExtensions.TestingEnvironment))
        {
            app.UseHsts();

            // A load balancer or a local monitor checks health over plain HTTP on the node's own port.
            app.UseWhen(context => !HealthEndpoints.IsHealthPath(context.Request.Path), https => https.UseHttpsRedirection());
        }

        next(app);
    };
}
