namespace Zhengwu.Infrastructure.Calendar;

/// <summary>One line of the list of calendar years.</summary>
public sealed record CalendarYearSummary(
    int Year,
    CalendarYearStatus Status,
    int Version,
    int Holidays,
    int AdjustedWorkdays,
    IReadOnlyList<string> Notices,
    string UpdatedByName,
    DateTimeOffset UpdatedAt);
