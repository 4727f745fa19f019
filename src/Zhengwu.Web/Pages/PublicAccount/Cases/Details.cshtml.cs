using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.PublicAccount.Cases;

/// <summary>
/// The status page of one case: item, state, steps and files. A case of another account, or any case asked for
/// without a public sign-in, gets 404 and an access.denied audit record.
/// </summary>
public sealed class DetailsModel(ApplicantCases cases) : PageModel
{
    public ApplicationCase? Case { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        var applicant = await CaseApplicants.AuthenticateAsync(HttpContext);
        Case = await cases.FindAsync(applicant, number, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);

        return Case is null ? NotFound() : Page();
    }
}
