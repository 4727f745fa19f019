using Zhengwu.Domain.Calendar;
using Zhengwu.Domain.Feedback;

namespace Zhengwu.Infrastructure.Feedback;

/// <summary>A record on the staff work list with its response limit as it stands now.</summary>
/// <param name="Record">The record as stored.</param>
/// <param name="Reading">The limit read on the working-day clock, or null when the calendar does not cover a counted year.</param>
/// <param name="CalendarProblem">Why there is no reading, in Chinese.</param>
public sealed record FeedbackWorkItem(FeedbackRecord Record, ClockReading? Reading, string? CalendarProblem)
{
    public bool IsOverdue => Reading?.IsOverdue == true;

    public bool IsNearDue => Reading is { } reading && FeedbackTimeLimit.IsNearDue(Record, reading);
}
