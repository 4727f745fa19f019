namespace Zhengwu.Domain.Calendar;

/// <summary>
/// A working-day computation reached a year that the calendar does not cover. The calendar never guesses the
/// holidays of a year whose State Council notice has not been entered; the message, in Chinese, names the year
/// and who adds it.
/// </summary>
public sealed class CalendarYearNotCoveredException : Exception
{
    public CalendarYearNotCoveredException(int year, IReadOnlyList<int> coveredYears)
        : base(Describe(year, coveredYears))
    {
        Year = year;
        CoveredYears = coveredYears;
    }

    /// <summary>The year the computation needed.</summary>
    public int Year { get; }

    /// <summary>The years the calendar covers, in ascending order.</summary>
    public IReadOnlyList<int> CoveredYears { get; }

    private static string Describe(int year, IReadOnlyList<int> coveredYears)
    {
        var covered = coveredYears.Count == 0 ? "工作日历中还没有任何年份" : $"工作日历现有 {string.Join("、", coveredYears)} 年";

        return $"工作日历未收录 {year} 年的节假日安排，无法按工作日计算期限（{covered}）。"
            + $"请政务服务中心管理员在国务院办公厅公布 {year} 年节假日安排后，在后台“工作日历”中添加该年并确认生效。";
    }
}
