using Zhengwu.Domain.Calendar;

namespace Zhengwu.Web.Pages.Staff.Calendar;

/// <summary>
/// The warning that next year's calendar is missing, shown to the service center from 60 days before the end of the
/// last covered year (see <see cref="CalendarCoverage"/>).
/// </summary>
internal static class CalendarWarning
{
    /// <summary>The years <paramref name="calendar"/> lacks between today (China date) and 60 days later.</summary>
    public static IReadOnlyList<int> MissingYears(WorkingCalendar calendar, TimeProvider clock) =>
        CalendarCoverage.MissingYears(calendar.Years, ChinaStandardTime.DateOf(clock.GetUtcNow()));

    public static string Message(IReadOnlyList<int> years)
    {
        var named = string.Join("、", years);

        return $"{named} 年的工作日历尚未生效：期限计算到 {named} 年的日期时会报错，无法得出期限。"
            + $"国务院办公厅公布 {named} 年节假日安排后，请在工作日历中添加该年，逐日录入放假和调休上班日期，核对后确认生效。";
    }
}
