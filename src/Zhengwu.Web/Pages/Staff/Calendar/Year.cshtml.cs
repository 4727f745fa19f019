using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Calendar;

/// <summary>
/// One year of the calendar: its special days, a form to add one, and for a draft year the buttons that put it in
/// force or delete it. Every form carries the version it was read at, and a change made from an older version is
/// rejected with the name of whoever changed the year in between.
/// </summary>
public sealed class YearModel(WorkingCalendarAdministration calendar) : PageModel
{
    public CalendarYear CalendarYear { get; private set; } = null!;

    [BindProperty]
    public SpecialDayInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<CalendarProblem> Problems { get; private set; } = [];

    /// <summary>The year as another editor left it, when this editor's change was rejected as stale.</summary>
    public CalendarYear? Conflict { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, string? saved, CancellationToken cancellationToken)
    {
        if (await LoadAsync(year, cancellationToken) is null)
        {
            return NotFound();
        }

        Version = CalendarYear.Version;
        Input = new SpecialDayInput { Kind = nameof(SpecialDayKind.Holiday), Notice = LastNotice() };
        Notice = saved switch
        {
            "added" => $"已添加 {year} 年。请逐日录入放假和调休上班日期，核对后确认生效。",
            "day-added" => "已添加日期。",
            "updated" => "已保存修改。",
            "removed" => "已删除日期。",
            "in-force" => $"{year} 年工作日历已生效，期限计算从现在起使用它。",
            _ => null,
        };

        return Page();
    }

    public async Task<IActionResult> OnPostAddDayAsync(int year, CancellationToken cancellationToken)
    {
        if (HttpContext.GetCalendarEditor() is not { } editor)
        {
            return Forbid();
        }

        if (Input.ToSpecialDay(year, out var problems) is not { } day)
        {
            return await RespondAsync(year, CalendarResult.Invalid(problems), "", cancellationToken);
        }

        var result = await calendar.AddDayAsync(editor, year, Version, day, cancellationToken);

        return await RespondAsync(year, result, "day-added", cancellationToken);
    }

    public async Task<IActionResult> OnPostPutInForceAsync(int year, CancellationToken cancellationToken)
    {
        if (HttpContext.GetCalendarEditor() is not { } editor)
        {
            return Forbid();
        }

        var result = await calendar.PutInForceAsync(editor, year, Version, cancellationToken);

        return await RespondAsync(year, result, "in-force", cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteYearAsync(int year, CancellationToken cancellationToken)
    {
        if (HttpContext.GetCalendarEditor() is not { } editor)
        {
            return Forbid();
        }

        var result = await calendar.DeleteYearAsync(editor, year, Version, cancellationToken);

        return result.Outcome == CalendarOutcome.Done
            ? Redirect($"/staff/calendar?saved=deleted&year={year}")
            : await RespondAsync(year, result, "", cancellationToken);
    }

    /// <summary>The notice of the year's latest special day, offered for the next day entered.</summary>
    public string LastNotice() => CalendarYear.Days.LastOrDefault()?.Notice ?? "";

    private async Task<IActionResult> RespondAsync(int year, CalendarResult result, string saved, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case CalendarOutcome.Done:
                return Redirect($"/staff/calendar/{year}?saved={saved}");
            case CalendarOutcome.Invalid:
                Problems = result.Problems;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
            case CalendarOutcome.Conflict:
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case CalendarOutcome.Denied:
                return Forbid();
            default:
                return NotFound();
        }

        if (await LoadAsync(year, cancellationToken) is not { } current)
        {
            return NotFound();
        }

        if (result.Outcome == CalendarOutcome.Conflict)
        {
            Conflict = current;
            Version = current.Version;
        }

        return Page();
    }

    private async Task<CalendarYear?> LoadAsync(int year, CancellationToken cancellationToken)
    {
        var stored = await calendar.FindYearAsync(year, cancellationToken);
        if (stored is not null)
        {
            CalendarYear = stored;
        }

        return stored;
    }
}
