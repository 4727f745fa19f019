using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.Feedback;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Feedback;

/// <summary>The published inquiries and complaints with their answers, newest first, without the senders' identity.</summary>
public sealed class IndexModel(PublicFeedback feedback) : PageModel
{
    public const int MaxPage = 100_000;

    public PublishedFeedbackPage Result { get; private set; } = new(0, 1, PublishedFeedbackPage.DefaultPageSize, []);

    public string? Problem { get; private set; }

    // "page" is also the route value that names a Razor page, so the query value is bound explicitly.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var number = 1;
        if (!string.IsNullOrEmpty(pageNumber)
            && (!int.TryParse(pageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > MaxPage))
        {
            Problem = $"页码“{DisplayText.Shorten(pageNumber)}”无效：应为1到{MaxPage}之间的整数。";
            Response.StatusCode = StatusCodes.Status400BadRequest;

            return Page();
        }

        Result = await feedback.ListPublishedAsync(number, PublishedFeedbackPage.DefaultPageSize, cancellationToken: cancellationToken);

        return Page();
    }
}
