using Microsoft.Extensions.Options;
using Quartz;

namespace Zhengwu.Web.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    private static readonly TimeZoneInfo s_chinaStandardTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>
    /// Registers the Quartz.NET scheduler, its hosted service and the portal's periodic jobs on the schedules of
    /// <see cref="JobScheduleOptions"/>. An invalid schedule stops the start with a message naming the key.
    /// </summary>
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobScheduleOptions>().Bind(configuration.GetSection(JobScheduleOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobScheduleOptions>, JobScheduleOptionsValidator>();
        services.AddQuartz(QuartzStoreSetup.SchedulerName, quartz =>
        {
            QuartzStoreSetup.Configure(quartz, configuration.GetConnectionString("Postgres"));
            Schedule<AuditPurgeJob>(quartz, AuditPurgeJob.JobName, options => options.AuditPurge);
            Schedule<CalendarCoverageJob>(quartz, CalendarCoverageJob.JobName, options => options.CalendarCoverage);
            Schedule<LateResumptionJob>(quartz, LateResumptionJob.JobName, options => options.LateResumptions);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

        return services;
    }

    private static void Schedule<TJob>(IQuartzBuilder quartz, string name, Func<JobScheduleOptions, string> cron)
        where TJob : class, IJob =>
        quartz.ScheduleJob<TJob>(
            (services, trigger) => trigger
                .WithIdentity(name)
                .WithSchedule(CronScheduleBuilder.Create(cron(services.GetRequiredService<IOptions<JobScheduleOptions>>().Value))
                    .InTimeZone(s_chinaStandardTime)),
            (_, job) => job.WithIdentity(name));
}
