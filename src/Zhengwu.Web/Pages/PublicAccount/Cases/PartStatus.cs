using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Calendar;

namespace Zhengwu.Web.Pages.PublicAccount.Cases;

/// <summary>One department's part of a case as the status page shows it, with its current clock read for today.</summary>
public sealed record PartStatus(CasePart Part, ClockReading? Clock)
{
    /// <summary>The clock line in Chinese, or null when no clock runs in the part's state.</summary>
    public string? ClockText => (Part.CurrentClock, Clock) switch
    {
        (null, _) or (_, null) => null,
        (var clock, { State: ClockState.Stopped } reading) =>
            $"{ClockName(clock.Value)}已暂停计时，剩余 {reading.RemainingDays} 个工作日",
        (var clock, { IsOverdue: true } reading) => $"{ClockName(clock.Value)}已超期 {reading.OverdueDays} 个工作日",
        (var clock, var reading) =>
            $"{ClockName(clock.Value)}剩余 {reading.RemainingDays} 个工作日（截止 {reading.Deadline:yyyy-MM-dd}）",
    };

    public static PartStatus Read(CasePart part, WorkingCalendar calendar, DateTimeOffset now)
    {
        try
        {
            return new PartStatus(part, part.ReadCurrentClock(calendar, now));
        }
        catch (CalendarYearNotCoveredException)
        {
            // The State Council publishes the next year's holidays late in the year, so the days left are unknown until then.
            return new PartStatus(part, null);
        }
    }

    private static string ClockName(CaseClock clock) => clock == CaseClock.Acceptance ? "受理期限" : "办理期限";
}
