using Zhengwu.Domain.Calendar;

namespace Zhengwu.Infrastructure.Calendar;

/// <summary>The result of a calendar change, with the year as stored after it (or as another editor left it).</summary>
public sealed record CalendarResult(CalendarOutcome Outcome, CalendarYear? Year = null)
{
    public IReadOnlyList<CalendarProblem> Problems { get; init; } = [];

    public static CalendarResult NotFound { get; } = new(CalendarOutcome.NotFound);

    public static CalendarResult Denied { get; } = new(CalendarOutcome.Denied);

    public static CalendarResult Invalid(IReadOnlyList<CalendarProblem> problems) => new(CalendarOutcome.Invalid) { Problems = problems };
}
