using System.Globalization;

namespace Zhengwu.Domain.Calendar;

/// <summary>
/// The rules a year of the calendar and its special days follow when the service center enters them. Every problem
/// names the value that breaks the rule, in Chinese.
/// </summary>
public static class SpecialDayRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2099;
    public const int MaxNameLength = 20;
    public const int MaxNoticeLength = 50;

    /// <summary>
    /// Checks a year to add. The State Council publishes a year's holidays in the autumn before it, so a year may be
    /// added up to the one after <paramref name="today"/> (China date).
    /// </summary>
    public static IReadOnlyList<CalendarProblem> CheckNewYear(int year, IEnumerable<int> existingYears, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(existingYears);
        if (year is < MinYear or > MaxYear)
        {
            return [new("Year", $"年份“{year}”超出范围：请填写 {MinYear} 至 {MaxYear} 之间的年份。")];
        }

        if (existingYears.Contains(year))
        {
            return [new("Year", $"{year} 年的工作日历已存在：请在列表中打开该年修改。")];
        }

        if (year > today.Year + 1)
        {
            return [new("Year", $"{year} 年的节假日安排尚未公布：国务院办公厅每年秋季公布下一年的安排，现在最多可添加 {today.Year + 1} 年。")];
        }

        return [];
    }

    /// <summary>
    /// Checks <paramref name="day"/> as a special day of <paramref name="year"/> beside
    /// <paramref name="otherDays"/>, the year's other special days (without the day being edited). A holiday may
    /// fall on a weekend, as the weekend days inside a holiday period do; an adjusted working day must.
    /// </summary>
    public static IReadOnlyList<CalendarProblem> Check(int year, SpecialDay day, IEnumerable<SpecialDay> otherDays)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(otherDays);
        var problems = new List<CalendarProblem>();
        var date = Format(day.Date);
        if (day.Date.Year != year)
        {
            problems.Add(new("Date", $"日期 {date} 不在 {year} 年内：请填写 {year}-01-01 至 {year}-12-31 之间的日期。"));
        }
        else if (otherDays.FirstOrDefault(other => other.Date == day.Date) is { } same)
        {
            problems.Add(new("Date", $"日期 {date} 已录入为“{same.Name}”（{same.Kind.ChineseName()}）：同一天只能录入一条，请修改已有的那一条。"));
        }

        if (!Enum.IsDefined(day.Kind))
        {
            problems.Add(new("Kind", "请选择类型：法定节假日或调休上班。"));
        }
        else if (day.Kind == SpecialDayKind.AdjustedWorkday && !day.Date.DayOfWeek.IsWeekend())
        {
            problems.Add(new("Kind", $"日期 {date} 是{day.Date.DayOfWeek.ChineseName()}，本来就是工作日：调休上班日必须是星期六或星期日。"));
        }

        if (string.IsNullOrWhiteSpace(day.Name))
        {
            problems.Add(new("Name", "请填写节日名称，例如“春节”。"));
        }
        else if (day.Name.Trim().Length > MaxNameLength)
        {
            problems.Add(new("Name", $"节日名称“{Quote(day.Name.Trim())}”超过 {MaxNameLength} 个字。"));
        }

        if (string.IsNullOrWhiteSpace(day.Notice))
        {
            problems.Add(new("Notice", "请填写放假安排所依据的通知文号，例如“国办发明电〔2025〕7号”。"));
        }
        else if (day.Notice.Trim().Length > MaxNoticeLength)
        {
            problems.Add(new("Notice", $"通知文号“{Quote(day.Notice.Trim())}”超过 {MaxNoticeLength} 个字。"));
        }

        return problems;
    }

    /// <summary>Checks that <paramref name="year"/> may be put in force: it needs at least one holiday.</summary>
    public static IReadOnlyList<CalendarProblem> CheckInForce(int year, IEnumerable<SpecialDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);

        return days.Any(day => day.Kind == SpecialDayKind.Holiday)
            ? []
            : [new("Year", $"{year} 年还没有录入法定节假日，不能生效：请先按国务院办公厅的通知录入放假日期。")];
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string text) => text.Length <= 20 ? text : string.Concat(text.AsSpan(0, 20), "…");
}
