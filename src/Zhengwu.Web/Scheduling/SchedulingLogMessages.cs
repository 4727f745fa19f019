namespace Zhengwu.Web.Scheduling;

/// <summary>The scheduled jobs' recurring log events, with stable event ids.</summary>
internal static partial class SchedulingLogMessages
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Scheduled job {JobName} ran on {InstanceId} for {ScheduledAt}: {Summary}")]
    public static partial void JobRan(ILogger logger, string jobName, string instanceId, DateTimeOffset scheduledAt, string summary);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error,
        Message = "Scheduled job {JobName} failed on {InstanceId} for {ScheduledAt}")]
    public static partial void JobFailed(ILogger logger, Exception exception, string jobName, string instanceId, DateTimeOffset scheduledAt);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "The working calendar lacks year(s) {Years}; deadlines reaching them cannot be counted. Add them at /staff/calendar.")]
    public static partial void CalendarYearsMissing(ILogger logger, string years);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning,
        Message = "Resumption request {RequestId} of region {RegionCode} was due by {DueDate} and is not published")]
    public static partial void ResumptionLate(ILogger logger, int requestId, string regionCode, DateOnly dueDate);
}
