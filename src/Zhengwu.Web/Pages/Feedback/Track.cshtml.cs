using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhengwu.Domain.Feedback;
using Zhengwu.Infrastructure.Feedback;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Feedback;

/// <summary>
/// Looks up an anonymous complaint by its number and query code. The code travels in a POST body, never in a URL,
/// and a wrong number or code gets the same 404.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.PublicSubmission)]
public sealed class TrackModel(PublicFeedback feedback) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? QueryCode { get; set; }

    public FeedbackRecord? Record { get; private set; }

    public bool Missing { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var sender = await CaseApplicants.AuthenticateAsync(HttpContext);
        var client = new FeedbackClient(sender?.Id, sender?.UserName, HttpContext.Connection.RemoteIpAddress?.ToString());
        Response.Headers.CacheControl = "no-store";
        Record = await feedback.TrackAsync(Number, QueryCode, client, cancellationToken);
        if (Record is null)
        {
            Missing = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
