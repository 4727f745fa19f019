using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Feedback;
using Zhengwu.Infrastructure.Feedback;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff.Feedback;

/// <summary>
/// The inquiries and complaints of the signed-in staff member's department, with the working days left or
/// overdue, filtered by state, kind and deadline.
/// </summary>
[Authorize(Policy = StaffPolicies.DepartmentContent)]
public sealed class IndexModel(FeedbackDesk desk) : PageModel
{
    public IReadOnlyList<FeedbackWorkItem> Items { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "due")]
    public string? Due { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        var problems = new List<string>();
        var state = Parse<FeedbackState>(State, "状态", "Received、Answered、Published", problems);
        var kind = Parse<FeedbackKind>(Kind, "类型", "Inquiry、Complaint", problems);
        var due = Parse<FeedbackDue>(Due, "期限", "Overdue、NearDue", problems);
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;

            return Page();
        }

        Items = await desk.ListAsync(actor, new FeedbackWorkFilter(state, kind, due), cancellationToken);

        return Page();
    }

    private static T? Parse<T>(string? text, string field, string choices, List<string> problems)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        problems.Add($"{field}筛选值“{DisplayText.Shorten(text)}”无效：可用 {choices}，或留空显示全部。");

        return null;
    }
}
