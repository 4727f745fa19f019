using Zhengwu.Domain.Calendar;

namespace Zhengwu.Infrastructure.Calendar;

/// <summary>
/// The calendar last built from the database, shared by every request of the process, with the versions of the
/// years it was built from. Register it as a singleton; <see cref="WorkingCalendarProvider"/> reads and fills it.
/// </summary>
public sealed class WorkingCalendarCache
{
    private Entry? _entry;
    private int _builds;

    /// <summary>How many times the calendar was built, for tests and diagnostics.</summary>
    public int Builds => Volatile.Read(ref _builds);

    internal WorkingCalendar? Get(string stamp) => Volatile.Read(ref _entry) is { } entry && entry.Stamp == stamp ? entry.Calendar : null;

    internal void Set(string stamp, WorkingCalendar calendar)
    {
        Volatile.Write(ref _entry, new Entry(stamp, calendar));
        Interlocked.Increment(ref _builds);
    }

    private sealed record Entry(string Stamp, WorkingCalendar Calendar);
}
