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
    public const string SchedulerName = "Zhengwu";

    public static void Configure(IQuartzBuilder quartz, string? postgresConnectionString)
    {
        // Firings follow real time even when a test host registers a fake TimeProvider for the portal.
        quartz.UseTimeProvider(TimeProvider.System);
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = SchedulerName;
            scheduler.GenerateInstanceId = true;
        });
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
