using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Approvals;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Feedback;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Approvals;

/// <summary>
/// The service guide (办事指南) of an approval item, with whether the public may apply for it. An unknown or
/// classified code gets 404 and the same message, so the page never reveals a classified item.
/// </summary>
public sealed class ItemModel(PowerListQueries queries, PublicFeedback feedback) : PageModel
{
    private const int CommonQuestionCount = 5;

    public PowerItemDetails? Details { get; private set; }

    /// <summary>Why the item cannot be applied for, or null when it can.</summary>
    public ApplicationBarrier? Barrier { get; private set; }

    /// <summary>The newest published inquiries and complaints about the item, for 常见咨询.</summary>
    public IReadOnlyList<PublishedFeedback> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var details = ItemCode.IsWellFormed(code) ? await queries.GetItemAsync(code, cancellationToken) : null;
        if (details is null)
        {
            Barrier = new ApplicationBarrier.NotPublished(DisplayText.Shorten(code));
            Response.StatusCode = StatusCodes.Status404NotFound;

            return Page();
        }

        Details = details;
        Barrier = ApplicationEligibility.Check(details.Item);
        Questions = (await feedback.ListPublishedAsync(1, CommonQuestionCount, code, cancellationToken)).Items;

        return Page();
    }
}
