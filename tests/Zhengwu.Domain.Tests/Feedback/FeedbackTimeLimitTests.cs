using Zhengwu.Domain.Calendar;
using Zhengwu.Domain.Feedback;
using static Zhengwu.Domain.Tests.Calendar.OfficialCalendar;
using static Zhengwu.Domain.Tests.Feedback.FeedbackSamples;

namespace Zhengwu.Domain.Tests.Feedback;

/// <summary>
/// Response limits counted by hand on data/calendar/working-calendar.csv: 国庆节 2026-10-01 to 10-07 with the
/// adjusted working day Saturday 10-10, 中秋节 2026-09-25 to 09-27 and the adjusted working day Sunday 09-20.
/// </summary>
public class FeedbackTimeLimitTests
{
    [Fact]
    public void Inquiry_due_on_adjusted_Saturday()
    {
        // Received Wednesday 09-30; 10-01 to 10-07 are holidays, so day 1 is 10-08, day 2 10-09, day 3 Saturday 10-10.
        var record = Received(FeedbackKind.Inquiry, Beijing("2026-09-30 10:00"), 3);

        var reading = FeedbackTimeLimit.Read(Official, record, Beijing("2026-09-30 10:00"));

        Assert.Equal(Day("2026-10-10"), reading.Deadline);
        Assert.Equal(3, reading.RemainingDays);
        Assert.False(reading.IsOverdue);
    }

    [Fact]
    public void Inquiry_days_left_through_the_holiday()
    {
        var record = Received(FeedbackKind.Inquiry, Beijing("2026-09-30 10:00"), 3);

        Assert.Equal(3, FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-07 18:00")).RemainingDays);
        Assert.Equal(1, FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-09 09:00")).RemainingDays);
        Assert.Equal(0, FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-10 09:00")).RemainingDays);
    }

    [Fact]
    public void Inquiry_overdue_from_the_day_after_the_deadline()
    {
        var record = Received(FeedbackKind.Inquiry, Beijing("2026-09-30 10:00"), 3);

        var onDeadline = FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-10 17:00"));
        var sunday = FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-11 09:00"));
        var monday = FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-12 09:00"));

        Assert.False(onDeadline.IsOverdue);
        Assert.True(sunday.IsOverdue);
        Assert.Equal(0, sunday.OverdueDays);
        Assert.True(monday.IsOverdue);
        Assert.Equal(1, monday.OverdueDays);
    }

    [Fact]
    public void Holiday_receipt_counts_from_next_workday()
    {
        var record = Received(FeedbackKind.Inquiry, Beijing("2026-10-03 15:00"), 3);

        var reading = FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-03 15:00"));

        Assert.Equal(Day("2026-10-10"), reading.Deadline);
    }

    [Fact]
    public void Complaint_spans_adjusted_Sunday_and_holiday()
    {
        // Received Monday 09-14, so 09-15 to 09-18 are days 1 to 4. Saturday 09-19 is off and Sunday 09-20 is an
        // adjusted working day (5). Days 6 to 9 are 09-21 to 09-24, 09-25 to 09-27 are 中秋节, and Monday 09-28 is day 10.
        var record = Received(FeedbackKind.Complaint, Beijing("2026-09-14 09:00"), 10);

        var atReceipt = FeedbackTimeLimit.Read(Official, record, Beijing("2026-09-14 09:00"));
        var sundayWorked = FeedbackTimeLimit.Read(Official, record, Beijing("2026-09-20 12:00"));

        Assert.Equal(Day("2026-09-28"), atReceipt.Deadline);
        Assert.Equal(10, atReceipt.RemainingDays);
        Assert.Equal(5, sundayWorked.UsedDays);
        Assert.Equal(5, sundayWorked.RemainingDays);
    }

    [Fact]
    public void Answer_stops_the_clock()
    {
        var record = Received(FeedbackKind.Complaint, Beijing("2026-09-14 09:00"), 10);
        Assert.Null(record.AnswerWith(Officer, "已转执法科核查。", false, Beijing("2026-09-17 16:00")));

        var later = FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-30 09:00"));

        Assert.Equal(3, later.UsedDays);
        Assert.Equal(7, later.RemainingDays);
        Assert.False(later.IsOverdue);
    }

    [Fact]
    public void Late_answer_stays_overdue()
    {
        var record = Received(FeedbackKind.Complaint, Beijing("2026-09-14 09:00"), 10);
        Assert.Null(record.AnswerWith(Lead, "经核查属实，已责令整改。", false, Beijing("2026-09-29 10:00")));

        var later = FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-30 09:00"));

        Assert.True(later.IsOverdue);
        Assert.Equal(1, later.OverdueDays);
    }

    [Fact]
    public void Near_due_only_while_unanswered_and_in_time()
    {
        var record = Received(FeedbackKind.Inquiry, Beijing("2026-09-30 10:00"), 3);

        Assert.False(FeedbackTimeLimit.IsNearDue(record, FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-08 09:00"))));
        Assert.True(FeedbackTimeLimit.IsNearDue(record, FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-09 09:00"))));
        Assert.True(FeedbackTimeLimit.IsNearDue(record, FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-10 09:00"))));
        Assert.False(FeedbackTimeLimit.IsNearDue(record, FeedbackTimeLimit.Read(Official, record, Beijing("2026-10-12 09:00"))));
    }

    [Fact]
    public void Uncovered_year_throws_with_the_year()
    {
        var record = Received(FeedbackKind.Complaint, Beijing("2026-12-28 09:00"), 10);

        var error = Assert.Throws<CalendarYearNotCoveredException>(
            () => FeedbackTimeLimit.Read(Official, record, Beijing("2026-12-28 09:00")));

        Assert.Equal(2027, error.Year);
    }
}
