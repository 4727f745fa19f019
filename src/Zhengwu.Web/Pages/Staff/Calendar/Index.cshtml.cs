using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff.Calendar;

/// <summary>
/// The years of the official working-day calendar, for the service center administrator, who adds next year once
/// the State Council's notice is out. Warns when a year that deadlines will soon reach is missing.
/// </summary>
public sealed class IndexModel(
    WorkingCalendarAdministration calendar,
    WorkingCalendarProvider provider,
    TimeProvider clock) : PageModel
{
    public IReadOnlyList<CalendarYearSummary> Years { get; private set; } = [];

    public IReadOnlyList<int> MissingYears { get; private set; } = [];

    /// <summary>The year to add, as typed, so an error can quote it.</summary>
    [BindProperty]
    public string? NewYear { get; set; }

    public IReadOnlyList<CalendarProblem> Problems { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? saved, int? year, CancellationToken cancellationToken)
    {
        Notice = saved == "deleted" && year is { } deleted ? $"已删除 {deleted} 年工作日历草稿。" : null;
        await LoadAsync(cancellationToken);
        NewYear = Years.Count == 0
            ? ChinaStandardTime.DateOf(clock.GetUtcNow()).Year.ToString(CultureInfo.InvariantCulture)
            : (Years[^1].Year + 1).ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.GetCalendarEditor() is not { } editor)
        {
            return Forbid();
        }

        if (!int.TryParse(NewYear?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return await InvalidAsync([new CalendarProblem("Year", $"年份“{DisplayText.Shorten(NewYear ?? "")}”不是四位数字，例如 2027。")], cancellationToken);
        }

        var result = await calendar.AddYearAsync(editor, year, cancellationToken);

        return result.Outcome switch
        {
            CalendarOutcome.Done => Redirect($"/staff/calendar/{year}?saved=added"),
            CalendarOutcome.Invalid => await InvalidAsync(result.Problems, cancellationToken),
            _ => Forbid(),
        };
    }

    private async Task<IActionResult> InvalidAsync(IReadOnlyList<CalendarProblem> problems, CancellationToken cancellationToken)
    {
        Problems = problems;
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Years = await calendar.ListYearsAsync(cancellationToken);
        MissingYears = CalendarWarning.MissingYears(await provider.GetAsync(cancellationToken), clock);
    }
}
