using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Drafts;

/// <summary>Shows a draft as the public item page would show it once published.</summary>
[Authorize(Policy = StaffPolicies.ViewDrafts)]
public sealed class PreviewModel(PowerItemDrafts drafts, PowerListQueries queries) : PageModel
{
    public PowerItemDraft Draft { get; private set; } = null!;

    public ItemElementsModel Item { get; private set; } = null!;

    public IReadOnlyList<DraftProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        var draft = await drafts.FindAsync(actor, id, ContentAction.ViewDrafts, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        var department = await queries.GetDepartmentAsync(draft.DepartmentId, cancellationToken);
        var regions = await queries.GetRegionsAsync(cancellationToken);
        var region = regions.First(region => region.Code == draft.RegionCode);
        var item = await drafts.PreviewAsync(draft, cancellationToken);
        Draft = draft;
        Item = new ItemElementsModel(item, department?.Name ?? "", region.Level);
        Problems = draft.Elements.Validate();

        return Page();
    }
}
