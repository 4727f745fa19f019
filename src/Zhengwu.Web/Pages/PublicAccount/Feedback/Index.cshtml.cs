using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Feedback;
using Zhengwu.Infrastructure.Feedback;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.PublicAccount.Feedback;

/// <summary>The inquiries and complaints the signed-in public account sent, newest first, with their answers.</summary>
[Authorize(AuthenticationSchemes = PublicSession.Scheme)]
public sealed class IndexModel(PublicFeedback feedback) : PageModel
{
    public IReadOnlyList<FeedbackRecord> Records { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Records = await feedback.ListOwnAsync(PublicSession.AccountId(User)!.Value, cancellationToken);
}
