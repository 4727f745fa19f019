using Quartz;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.Scheduling;

namespace Zhengwu.Web.Scheduling;

/// <summary>
/// A scheduled job whose every run leaves one <see cref="ScheduledJobRun"/> row: the node, the due time, and what
/// the run found or the error that stopped it. The row is written from a scope of its own, so a failed run's
/// unsaved changes are never saved with it.
/// </summary>
[DisallowConcurrentExecution]
public abstract class RecordedJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : IJob
{
    /// <summary>The job's key in the scheduler and its name in the run records.</summary>
    public abstract string Name { get; }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var instanceId = context.Scheduler.SchedulerInstanceId;
        var scheduledAt = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var run = new ScheduledJobRun(Name, instanceId, context.FireInstanceId, scheduledAt, clock.GetUtcNow());
        try
        {
            await using var work = scopes.CreateAsyncScope();
            run.Summary = Shorten(await RunAsync(work.ServiceProvider, cancellationToken));
            run.Succeeded = true;
            SchedulingLogMessages.JobRan(logger, Name, instanceId, scheduledAt, run.Summary);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulingLogMessages.JobFailed(logger, exception, Name, instanceId, scheduledAt);
            run.Summary = Shorten($"{exception.GetType().Name}: {exception.Message}");
        }

        run.FinishedAt = clock.GetUtcNow();
        await RecordAsync(run, cancellationToken);
    }

    /// <summary>Does the job's work with services of a fresh scope and returns a one-line summary for the record.</summary>
    protected abstract Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    private async Task RecordAsync(ScheduledJobRun run, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>();
        db.ScheduledJobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Shorten(string text) =>
        text.Length <= ScheduledJobRun.SummaryLength ? text : text[..(ScheduledJobRun.SummaryLength - 1)] + "…";
}
