using Zhengwu.Domain.Calendar;

namespace Zhengwu.Web.Pages.Staff.Calendar;

/// <summary>The fields of one special day in a form, with the problems found in what was posted.</summary>
public sealed record SpecialDayFieldsModel(SpecialDayInput Input, int Year, IReadOnlyList<CalendarProblem> Problems)
{
    public string? ErrorFor(string field) => Problems.FirstOrDefault(problem => problem.Field == field)?.Message;
}
