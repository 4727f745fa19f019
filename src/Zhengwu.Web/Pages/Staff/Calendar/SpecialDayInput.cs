using System.Globalization;
using Zhengwu.Domain.Calendar;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff.Calendar;

/// <summary>A special day as the form posts it: every field as text, so an error can quote what was typed.</summary>
public sealed class SpecialDayInput
{
    public const string DateFormat = "yyyy-MM-dd";

    public string? Date { get; set; }

    /// <summary>The name of a <see cref="SpecialDayKind"/> member: Holiday or AdjustedWorkday.</summary>
    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? Notice { get; set; }

    public static SpecialDayInput From(SpecialDay day) => new()
    {
        Date = Format(day.Date),
        Kind = day.Kind.ToString(),
        Name = day.Name,
        Notice = day.Notice,
    };

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Returns the day the form describes, or null with the problems of the date and kind, and of the name and
    /// notice when they are blank or too long, for a day of <paramref name="year"/>.
    /// </summary>
    public SpecialDay? ToSpecialDay(int year, out IReadOnlyList<CalendarProblem> problems)
    {
        var found = new List<CalendarProblem>();
        var date = default(DateOnly);
        if (string.IsNullOrWhiteSpace(Date))
        {
            found.Add(new("Date", $"请填写日期，例如 {year}-01-01。"));
        }
        else if (!DateOnly.TryParseExact(Date.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            found.Add(new("Date", $"日期“{DisplayText.Shorten(Date)}”不是 yyyy-MM-dd 格式的有效日期，例如 {year}-01-01。"));
        }

        if (!Enum.TryParse<SpecialDayKind>(Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(Kind, out _))
        {
            found.Add(new("Kind", $"类型“{DisplayText.Shorten(Kind ?? "")}”无效：请选择法定节假日或调休上班。"));
        }

        var day = new SpecialDay(date, kind, Name ?? "", Notice ?? "");
        if (found.Count > 0)
        {
            // The rules still report a blank or long name and notice, checked on a placeholder date of the year.
            var placeholder = day with { Date = new DateOnly(year, 1, 1), Kind = SpecialDayKind.Holiday };
            found.AddRange(SpecialDayRules.Check(year, placeholder, []).Where(problem => problem.Field is "Name" or "Notice"));
            problems = found;

            return null;
        }

        problems = [];

        return day;
    }
}
