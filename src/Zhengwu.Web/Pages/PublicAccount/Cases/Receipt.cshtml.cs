using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.PublicAccount.Cases;

/// <summary>The receipt (回执) of a filed case. Only the applicant can open it, and anyone else gets an audited 404.</summary>
public sealed class ReceiptModel(ApplicantCases cases) : PageModel
{
    public ApplicationCase? Case { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        var applicant = await CaseApplicants.AuthenticateAsync(HttpContext);
        Case = await cases.FindAsync(applicant, number, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);

        return Case is null ? NotFound() : Page();
    }
}
