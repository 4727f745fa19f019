using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Zhengwu.Web.Hosting;

/// <summary>
/// Liveness and readiness endpoints for a load balancer or systemd. <c>/healthz</c> returns 200 while the process
/// serves requests and checks nothing else. <c>/readyz</c> returns 503 unless the database responds and the files
/// folder is writable.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadinessTag = "ready";

    public static bool IsHealthPath(PathString path) => path == "/healthz" || path == "/readyz";

    public static IHealthChecksBuilder AddReadinessChecks(this IHealthChecksBuilder checks) =>
        checks
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadinessTag])
            .AddCheck<FilesFolderHealthCheck>("files-folder", tags: [ReadinessTag]);

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessTag) });

        return app;
    }
}
