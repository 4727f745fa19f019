using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Cases;

/// <summary>The signed-in staff member's department work list: its case parts with state and working days left.</summary>
[Authorize(Policy = StaffPolicies.DepartmentContent)]
public sealed class IndexModel(CaseWorkList workList) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Item { get; set; }

    [BindProperty(SupportsGet = true)]
    public WorkListDue? Due { get; set; }

    /// <summary>The first filing day in China time, yyyy-MM-dd.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>The last filing day in China time, yyyy-MM-dd, inclusive.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Until { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<WorkListRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public string? Error { get; private set; }

    public int PageCount => Math.Max(1, (Total + CaseWorkList.PageSize - 1) / CaseWorkList.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.GetContentActor();
        if (actor is null)
        {
            return NotFound();
        }

        var from = ParseDay(From, nameof(From));
        var until = ParseDay(Until, nameof(Until));
        if (Error is not null)
        {
            return Page();
        }

        var filter = new WorkListFilter(
            State is { } state && Enum.IsDefined(state) ? state : null,
            string.IsNullOrWhiteSpace(Item) ? null : Item.Trim().ToUpperInvariant(),
            Due is { } due && Enum.IsDefined(due) ? due : null,
            from is { } first ? ChinaStandardTime.StartOf(first).ToUniversalTime() : null,
            until is { } last ? ChinaStandardTime.StartOf(last.AddDays(1)).ToUniversalTime() : null);
        (Rows, Total) = await workList.ListAsync(actor.Scope.DepartmentId, filter, PageNumber, cancellationToken);

        return Page();
    }

    public string PageLink(int page) => Url.Page(null, new { State, Item, Due, From, Until, page }) ?? "";

    private DateOnly? ParseDay(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        Error = $"{(field == nameof(From) ? "起始" : "截止")}日期“{text}”无效，请按 2026-03-02 的格式填写。";

        return null;
    }
}
