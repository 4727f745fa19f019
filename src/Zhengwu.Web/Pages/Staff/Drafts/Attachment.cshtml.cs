using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Drafts;

/// <summary>Downloads an attachment of a draft of the staff member's department, always as a download, never inline.</summary>
[Authorize(Policy = StaffPolicies.ViewDrafts)]
public sealed class AttachmentModel(PowerItemDrafts drafts) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        var download = await drafts.OpenAttachmentAsync(actor, id, attachmentId, cancellationToken);
        if (download is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";

        return File(download.Content, download.Attachment.ContentType, download.Attachment.FileName);
    }
}
