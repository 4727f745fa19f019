using Zhengwu.Domain.Calendar;

namespace Zhengwu.Domain.Feedback;

/// <summary>
/// The response limit of a record on the official working-day clock: it starts at receipt with the record's
/// limit, so day 1 is the first working day after the day of receipt, and it stops counting when the record is
/// answered.
/// </summary>
public static class FeedbackTimeLimit
{
    /// <summary>A record still unanswered with this many working days or fewer left is near its due date.</summary>
    public const int NearDueDays = 1;

    /// <summary>Reads the limit at <paramref name="now"/>, or at the answer when it was answered before.</summary>
    /// <exception cref="CalendarYearNotCoveredException">A counted day lies in a year the calendar does not cover.</exception>
    public static ClockReading Read(WorkingCalendar calendar, FeedbackRecord record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        var clock = new WorkingDayClock(calendar, [ClockEvent.Start(record.ReceivedAt, record.LimitDays)]);
        var at = record.AnsweredAt is { } answered && answered < now ? answered : now;

        return clock.ReadFromStart(at);
    }

    /// <summary>Whether an unanswered record's reading leaves at most <see cref="NearDueDays"/> and is not overdue.</summary>
    public static bool IsNearDue(FeedbackRecord record, ClockReading reading)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(reading);

        return record.State == FeedbackState.Received && !reading.IsOverdue && reading.RemainingDays <= NearDueDays;
    }
}
