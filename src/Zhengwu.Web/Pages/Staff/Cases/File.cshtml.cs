using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Cases;

/// <summary>
/// Downloads a material or result document of a case for the staff of a department that has a part of it, always
/// as an attachment and never cached. Anyone else gets 404 and one access.denied audit record.
/// </summary>
[Authorize(Policy = StaffPolicies.DepartmentContent)]
public sealed class FileModel(StaffCaseFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string number, Guid fileId, CancellationToken cancellationToken)
    {
        var actor = HttpContext.GetContentActor();
        var download = actor is null ? null : await files.OpenAsync(actor, number, fileId, cancellationToken);
        if (download is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";

        return File(download.Content, download.ContentType, download.FileName);
    }
}
