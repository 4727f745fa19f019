using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Calendar;

/// <summary>Edits or removes one special day of a year; the date itself may be corrected too.</summary>
public sealed class DayModel(WorkingCalendarAdministration calendar) : PageModel
{
    public CalendarYear CalendarYear { get; private set; } = null!;

    public SpecialDay Day { get; private set; } = null!;

    [BindProperty]
    public SpecialDayInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<CalendarProblem> Problems { get; private set; } = [];

    public CalendarYear? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, string date, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, date, cancellationToken))
        {
            return NotFound();
        }

        Input = SpecialDayInput.From(Day);
        Version = CalendarYear.Version;

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, string date, CancellationToken cancellationToken)
    {
        if (HttpContext.GetCalendarEditor() is not { } editor)
        {
            return Forbid();
        }

        if (!await LoadAsync(year, date, cancellationToken))
        {
            return NotFound();
        }

        if (Input.ToSpecialDay(year, out var problems) is not { } day)
        {
            return Invalid(problems);
        }

        var result = await calendar.UpdateDayAsync(editor, year, Version, Day.Date, day, cancellationToken);

        return await RespondAsync(year, date, result, "updated", cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int year, string date, CancellationToken cancellationToken)
    {
        if (HttpContext.GetCalendarEditor() is not { } editor)
        {
            return Forbid();
        }

        if (!await LoadAsync(year, date, cancellationToken))
        {
            return NotFound();
        }

        // The delete form posts no fields, so the edit form shows the stored day if the page is shown again.
        var result = await calendar.RemoveDayAsync(editor, year, Version, Day.Date, cancellationToken);
        var response = await RespondAsync(year, date, result, "removed", cancellationToken);
        Input = SpecialDayInput.From(Day);

        return response;
    }

    private async Task<IActionResult> RespondAsync(int year, string date, CalendarResult result, string saved, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case CalendarOutcome.Done:
                return Redirect($"/staff/calendar/{year}?saved={saved}");
            case CalendarOutcome.Invalid:
                return Invalid(result.Problems);
            case CalendarOutcome.Conflict:
                if (!await LoadAsync(year, date, cancellationToken))
                {
                    // Another editor removed or moved the day.
                    return Redirect($"/staff/calendar/{year}");
                }

                Conflict = CalendarYear;
                Version = CalendarYear.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;

                return Page();
            case CalendarOutcome.Denied:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private PageResult Invalid(IReadOnlyList<CalendarProblem> problems)
    {
        Problems = problems;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;

        return Page();
    }

    private async Task<bool> LoadAsync(int year, string date, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, SpecialDayInput.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || await calendar.FindYearAsync(year, cancellationToken) is not { } stored
            || stored.Days.FirstOrDefault(day => day.Date == parsed) is not { } found)
        {
            return false;
        }

        CalendarYear = stored;
        Day = found.ToSpecialDay();

        return true;
    }
}
