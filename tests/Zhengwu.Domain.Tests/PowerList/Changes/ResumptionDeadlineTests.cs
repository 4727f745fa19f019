using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.Tests.Calendar;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

/// <summary>
/// A resumption is due 2 working days after the review office confirms it. The dates below were counted by hand on
/// the 2026 calendar: after Friday 3 April come the Qingming days off 4–6 April, so the working days are 7 and 8
/// April; after Friday 13 February the adjusted working day Saturday 14 February counts, then the Spring Festival
/// holiday runs to 23 February, so the second working day is Tuesday 24 February.
/// </summary>
public sealed class ResumptionDeadlineTests
{
    // 17:00 Beijing time on Friday 3 April 2026.
    private static readonly DateTimeOffset s_beforeQingming = new(2026, 4, 3, 9, 0, 0, TimeSpan.Zero);

    // 16:30 Beijing time on Friday 13 February 2026.
    private static readonly DateTimeOffset s_beforeSpringFestival = new(2026, 2, 13, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Due_date_skips_qingming_holiday()
    {
        Assert.Equal(new DateOnly(2026, 4, 8), ResumptionDeadline.DueDate(s_beforeQingming, OfficialCalendar.Official));
    }

    [Fact]
    public void Due_date_counts_adjusted_working_day()
    {
        Assert.Equal(new DateOnly(2026, 2, 24), ResumptionDeadline.DueDate(s_beforeSpringFestival, OfficialCalendar.Official));
    }

    [Fact]
    public void Publication_on_due_day_is_not_late()
    {
        // 23:59 Beijing time on 8 April is still the due day.
        var published = new DateTimeOffset(2026, 4, 8, 15, 59, 0, TimeSpan.Zero);

        Assert.False(ResumptionDeadline.IsLate(s_beforeQingming, published, published, OfficialCalendar.Official));
    }

    [Fact]
    public void Publication_next_day_is_late()
    {
        // 00:00 Beijing time on 9 April.
        var published = new DateTimeOffset(2026, 4, 8, 16, 0, 0, TimeSpan.Zero);

        Assert.True(ResumptionDeadline.IsLate(s_beforeQingming, published, published, OfficialCalendar.Official));
    }

    [Fact]
    public void Unpublished_is_late_only_after_due_day()
    {
        var holidayMonday = new DateTimeOffset(2026, 4, 6, 4, 0, 0, TimeSpan.Zero);
        var afterDueDay = new DateTimeOffset(2026, 4, 9, 1, 0, 0, TimeSpan.Zero);

        Assert.False(ResumptionDeadline.IsLate(s_beforeQingming, null, holidayMonday, OfficialCalendar.Official));
        Assert.True(ResumptionDeadline.IsLate(s_beforeQingming, null, afterDueDay, OfficialCalendar.Official));
    }
}
