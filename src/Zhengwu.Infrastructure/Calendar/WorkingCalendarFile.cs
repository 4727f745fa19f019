using System.Globalization;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Import;

namespace Zhengwu.Infrastructure.Calendar;

/// <summary>
/// Reads the calendar data file (data/calendar/working-calendar.csv): one row per special day with the columns date
/// (yyyy-MM-dd), kind (holiday or adjusted-workday), name and notice. The years the file covers are the years
/// of its dates. Every row is checked with the rules the back office applies.
/// </summary>
public static class WorkingCalendarFile
{
    private static readonly string[] s_columns = ["date", "kind", "name", "notice"];

    /// <summary>Returns the special days of <paramref name="path"/> in date order.</summary>
    /// <exception cref="ImportFileException">
    /// The file is missing or unreadable, lacks a column, or breaks a rule; the message lists every problem with
    /// its row and value.
    /// </exception>
    public static IReadOnlyList<SpecialDay> Read(string path)
    {
        var file = TabularFile.Read(path, new Dictionary<string, string>());
        var missing = s_columns.Where(column => !file.Has(column)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileException(
                $"工作日历文件 {path} 缺少“{string.Join("”“", missing)}”列：表头应为 {string.Join(",", s_columns)}。");
        }

        var problems = new List<ImportProblem>();
        var days = new List<SpecialDay>();
        foreach (var row in file.Rows.Where(row => !row.IsBlank))
        {
            if (Parse(row, problems) is not { } day)
            {
                continue;
            }

            var found = SpecialDayRules.Check(day.Date.Year, day, days);
            problems.AddRange(found.Select(problem => Locate(row, day, problem)));
            if (found.Count == 0)
            {
                days.Add(day);
            }
        }

        foreach (var year in days.GroupBy(day => day.Date.Year))
        {
            problems.AddRange(SpecialDayRules.CheckInForce(year.Key, year)
                .Select(problem => new ImportProblem(0, "", null, problem.Message)));
        }

        if (problems.Count > 0)
        {
            throw new ImportFileException($"工作日历文件 {path} 有 {problems.Count} 处错误：\n{string.Join("\n", problems.Take(10))}");
        }

        return [.. days.OrderBy(day => day.Date)];
    }

    private static SpecialDay? Parse(TabularRow row, List<ImportProblem> problems)
    {
        var dateText = row.Get("date");
        var kindText = row.Get("kind");
        var valid = true;
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new ImportProblem(row.Number, "date", dateText ?? "", "不是 yyyy-MM-dd 格式的日期，例如 2026-10-01。"));
            valid = false;
        }

        if (!SpecialDayKinds.TryParseCode(kindText, out var kind))
        {
            problems.Add(new ImportProblem(
                row.Number,
                "kind",
                kindText ?? "",
                $"类型应为 {SpecialDayKinds.HolidayCode}（法定节假日）或 {SpecialDayKinds.AdjustedWorkdayCode}（调休上班）。"));
            valid = false;
        }

        return valid ? new SpecialDay(date, kind, row.Get("name") ?? "", row.Get("notice") ?? "") : null;
    }

    private static ImportProblem Locate(TabularRow row, SpecialDay day, CalendarProblem problem)
    {
        var (column, value) = problem.Field switch
        {
            "Date" => ("date", row.Get("date")),
            "Kind" => ("kind", day.Kind.Code()),
            "Name" => ("name", day.Name),
            "Notice" => ("notice", day.Notice),
            _ => ("", null),
        };

        return new ImportProblem(row.Number, column, value, problem.Message);
    }
}
