using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.PublicAccount.Cases;

/// <summary>The signed-in applicant's own cases, newest first.</summary>
[Authorize(AuthenticationSchemes = PublicSession.Scheme)]
public sealed class IndexModel(ApplicantCases cases) : PageModel
{
    public IReadOnlyList<ApplicationCase> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cases = await cases.ListAsync(PublicSession.AccountId(User)!.Value, cancellationToken);
}
