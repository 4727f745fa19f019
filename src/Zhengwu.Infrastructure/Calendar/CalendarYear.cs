namespace Zhengwu.Infrastructure.Calendar;

/// <summary>
/// One year of the official calendar with its special days. A year is entered as a draft and counts only once the
/// service center puts it in force.
/// </summary>
public sealed class CalendarYear
{
    public CalendarYear(int year)
    {
        Year = year;
    }

    public int Year { get; private set; }

    public CalendarYearStatus Status { get; set; } = CalendarYearStatus.Draft;

    /// <summary>
    /// Counts the changes to the year and its days. A change made from an older version is rejected, and the cached
    /// calendar is rebuilt when a version differs from the one it was built from.
    /// </summary>
    public int Version { get; set; } = 1;

    /// <summary>The account that made the last change; null when the portal loaded the data file.</summary>
    public Guid? UpdatedById { get; set; }

    public string UpdatedByName { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public List<CalendarSpecialDay> Days { get; private set; } = [];
}
