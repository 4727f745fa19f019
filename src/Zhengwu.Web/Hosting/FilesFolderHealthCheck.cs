using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Files;

namespace Zhengwu.Web.Hosting;

/// <summary>Reports the file store unhealthy when its folder can no longer be written to.</summary>
internal sealed class FilesFolderHealthCheck(IOptions<FileStoreOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var error = WritableFolder.Check("Zhengwu:Files:Folder", options.Value.Folder);

        return Task.FromResult(error is null ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(error));
    }
}
