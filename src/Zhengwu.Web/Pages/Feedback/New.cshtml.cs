using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Feedback;
using Zhengwu.Infrastructure.Feedback;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Feedback;

/// <summary>
/// The form for an inquiry or complaint about an approval item or a department. Signed-in public accounts send
/// either kind with their account. Without a sign-in only complaints are accepted, anonymously. A valid form
/// returns the receipt page, which shows an anonymous complaint's query code. The hidden submission key makes a
/// repeated submission return the first record, with the same code.
/// </summary>
[Authorize(Policy = PublicSession.SignedInIfAny)]
[EnableRateLimiting(RateLimitPolicies.PublicSubmission)]
public sealed class NewModel(FeedbackSubmissions submissions, ZhengwuDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FeedbackKind Kind { get; set; } = FeedbackKind.Inquiry;

    [BindProperty]
    public FeedbackTarget Target { get; set; } = FeedbackTarget.Item;

    [BindProperty(SupportsGet = true, Name = "item")]
    public string? ItemCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "department")]
    public int? DepartmentId { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    /// <summary>The question or complaint, posted as the Content field.</summary>
    [BindProperty(Name = "Content")]
    public string? Text { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    [BindProperty]
    public string? SubmissionKey { get; set; }

    public bool SignedIn { get; private set; }

    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The record received, shown as the receipt.</summary>
    public FeedbackRecord? Receipt { get; private set; }

    public string? QueryCode { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Target = DepartmentId is not null && string.IsNullOrEmpty(ItemCode) ? FeedbackTarget.Department : FeedbackTarget.Item;
        SubmissionKey = NewKey();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var sender = CaseApplicants.From(HttpContext, User);
        var client = new FeedbackClient(sender?.Id, sender?.UserName, HttpContext.Connection.RemoteIpAddress?.ToString());
        if (!FeedbackSubmissions.IsValidKey(SubmissionKey))
        {
            return await InvalidAsync(StatusCodes.Status400BadRequest, ["提交标识无效，请重新打开提交页面后再提交。"], cancellationToken);
        }

        var form = new FeedbackForm(Kind, Target, ItemCode, DepartmentId, Subject, Text, Contact);
        var result = await submissions.SubmitAsync(client, form, SubmissionKey!, cancellationToken);
        if (result.Outcome == SubmissionOutcome.Invalid)
        {
            return await InvalidAsync(StatusCodes.Status422UnprocessableEntity, result.Problems, cancellationToken);
        }

        // The receipt may carry a query code, which no cache may keep.
        Response.Headers.CacheControl = "no-store";
        Receipt = result.Record;
        QueryCode = result.QueryCode;
        SignedIn = sender is not null;

        return Page();
    }

    private async Task<PageResult> InvalidAsync(int status, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!FeedbackSubmissions.IsValidKey(SubmissionKey))
        {
            SubmissionKey = NewKey();
        }

        Problems = problems;
        Response.StatusCode = status;

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        SignedIn = CaseApplicants.From(HttpContext, User) is not null;
        Departments = await db.Departments.AsNoTracking()
            .OrderBy(department => department.RegionCode)
            .ThenBy(department => department.SortOrder)
            .ThenBy(department => department.Id)
            .Select(department => new DepartmentChoice(department.Id, department.Name))
            .ToListAsync(cancellationToken);
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}

/// <summary>A department offered in the form's list.</summary>
public sealed record DepartmentChoice(int Id, string Name);
