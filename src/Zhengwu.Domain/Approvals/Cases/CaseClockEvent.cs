using Zhengwu.Domain.Calendar;

namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>One stored event of a part's acceptance or handling clock, replayed by <see cref="WorkingDayClock"/>.</summary>
public sealed class CaseClockEvent
{
    public int Id { get; private set; }

    public int CasePartId { get; private set; }

    public CaseClock Clock { get; init; }

    public ClockEventKind Kind { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The limit of a start or the working days of an extension; 0 for a stop or resume.</summary>
    public int Days { get; init; }

    public ClockEvent ToClockEvent() => new(Kind, At, Days);
}
