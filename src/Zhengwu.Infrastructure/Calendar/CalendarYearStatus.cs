namespace Zhengwu.Infrastructure.Calendar;

public enum CalendarYearStatus
{
    /// <summary>Being entered: the calendar does not cover the year yet, so no deadline is counted on partial data.</summary>
    Draft = 1,

    /// <summary>Complete and used for every working-day computation.</summary>
    InForce = 2,
}

public static class CalendarYearStatuses
{
    public static string ChineseName(this CalendarYearStatus status) => status switch
    {
        CalendarYearStatus.Draft => "录入中（未生效）",
        CalendarYearStatus.InForce => "已生效",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
