using Quartz;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Scheduling;

/// <summary>
/// Puts the scheduler on the clustered job store in the portal's PostgreSQL database (qrtz_ tables), so each firing
/// runs on exactly one node. On SQLite the portal runs as a single node, and the scheduler keeps its triggers in
/// memory.
/// </summary>
internal static class QuartzStoreSetup
{
    /// <summary>
    /// The scheduler's registration key and instance name (SCHED_NAME in the qrtz_ tables). Resolve the scheduler
    /// as the keyed service <c>IScheduler</c> under this name.
    /// </summary>
    public const string SchedulerName = "Zhengwu";

    /// <summary>Configures the scheduler that <c>AddQuartz(SchedulerName, …)</c> registers.</summary>
    public static void Configure(IQuartzBuilder quartz, string? postgresConnectionString)
    {
        // A named scheduler keeps this clock as its own, so firings, cluster check-ins and misfire scans follow
        // real time even when a test host replaces the portal's TimeProvider with a fake one. In Quartz 4.7.3 the
        // unnamed default scheduler reads the container's TimeProvider instead, and under a fake clock it waits
        // for a fire time that never comes.
        quartz.UseTimeProvider(TimeProvider.System);
        quartz.ConfigureScheduler(scheduler => scheduler.GenerateInstanceId = true);
        if (string.IsNullOrWhiteSpace(postgresConnectionString))
        {
            return;
        }

        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(postgresConnectionString);
            store.ConfigureStore(options => options.TablePrefix = "qrtz_");
            store.UseClustering(_ => { });

            // TODO: create the qrtz_ tables in the EF Core migrations instead. Quartz 4.7.3 validates its schema at
            // start, and the migration needs the exact 4.7.3 PostgreSQL script, which the package does not ship.
            store.ProvisionSchema();
        });
    }
}
