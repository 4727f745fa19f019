namespace Zhengwu.Web.Scheduling;

/// <summary>
/// When the scheduled jobs run, from the "Zhengwu:Jobs" configuration section: Quartz cron expressions (seconds,
/// minutes, hours, day of month, month, day of week) read in China Standard Time.
/// </summary>
public sealed class JobScheduleOptions
{
    public const string SectionName = "Zhengwu:Jobs";

    /// <summary>Removes audit records past their retention period; by default daily at 03:00.</summary>
    public string AuditPurge { get; set; } = "0 0 3 * * ?";

    /// <summary>Warns when next year's working calendar is missing; by default daily at 08:00.</summary>
    public string CalendarCoverage { get; set; } = "0 0 8 * * ?";

    /// <summary>Flags confirmed resumptions not published in time; by default daily at 00:10, after the date changes.</summary>
    public string LateResumptions { get; set; } = "0 10 0 * * ?";
}
