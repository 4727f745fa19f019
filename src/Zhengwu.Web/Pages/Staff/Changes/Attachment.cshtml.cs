using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.PowerList.Changes;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Changes;

/// <summary>Downloads a document of a change request the staff member may see, always as a download.</summary>
[Authorize(Policy = StaffPolicies.ViewItems)]
public sealed class AttachmentModel(ChangeRequests requests, ChangeRequestQueries queries, FileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        var request = await requests.FindAsync(actor, id, cancellationToken);
        var attachment = request is null
            ? null
            : (await queries.AttachmentsAsync(request, cancellationToken)).FirstOrDefault(attachment => attachment.Id == attachmentId);
        var content = attachment is null ? null : files.OpenRead(attachment.StoredName);
        if (attachment is null || content is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";

        return File(content, attachment.ContentType, attachment.FileName);
    }
}
