using Zhengwu.Infrastructure.Audit;

namespace Zhengwu.Web.Scheduling;

/// <summary>
/// Removes the audit records older than the configured retention (at least 186 days). A broken chain stops the
/// purge, and the run's summary names the first broken record.
/// </summary>
public sealed class AuditPurgeJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditPurgeJob> logger)
    : RecordedJob(scopes, clock, logger)
{
    public const string JobName = "audit-purge";

    private readonly TimeProvider _clock = clock;

    public override string Name => JobName;

    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<AuditLog>().PurgeAsync(_clock.GetUtcNow(), cancellationToken);
        if (result.Break is { } found)
        {
            return $"Nothing removed: record {found.RecordId} does not verify ({found.LogMessage}).";
        }

        return result.LastRemovedId is { } last
            ? $"Removed {result.RemovedCount} records up to record {last}."
            : "No records past the retention period.";
    }
}
