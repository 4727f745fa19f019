using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.PublicAccount.Cases;

/// <summary>
/// Downloads a result document of a concluded part of the applicant's own case, always as an attachment and never
/// cached. Anyone else gets 404 and an access.denied audit record.
/// </summary>
public sealed class DocumentModel(ApplicantCases cases) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string number, Guid documentId, CancellationToken cancellationToken)
    {
        var applicant = await CaseApplicants.AuthenticateAsync(HttpContext);
        var download = await cases.OpenDocumentAsync(
            applicant, number, documentId, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (download is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";

        return File(download.Content, download.Document.ContentType, download.Document.FileName);
    }
}
