using Zhengwu.Domain.Calendar;

namespace Zhengwu.Infrastructure.Calendar;

/// <summary>A stored special day of a <see cref="CalendarYear"/>. The date is the key: one row per day.</summary>
public sealed class CalendarSpecialDay
{
    public CalendarSpecialDay(SpecialDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        Date = day.Date;
        Year = day.Date.Year;
        Kind = day.Kind;
        Name = day.Name;
        Notice = day.Notice;
    }

    private CalendarSpecialDay()
    {
        Name = "";
        Notice = "";
    }

    public DateOnly Date { get; private set; }

    public int Year { get; private set; }

    public SpecialDayKind Kind { get; set; }

    public string Name { get; set; }

    public string Notice { get; set; }

    public SpecialDay ToSpecialDay() => new(Date, Kind, Name, Notice);
}
