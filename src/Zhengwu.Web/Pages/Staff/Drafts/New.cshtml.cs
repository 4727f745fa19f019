using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Drafts;

/// <summary>Starts a draft: of a new item from its name and type, or of a published item of the department.</summary>
[Authorize(Policy = StaffPolicies.EditDrafts)]
public sealed class NewModel(PowerItemDrafts drafts) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public PowerType? Type { get; set; }

    public IReadOnlyList<DraftProblem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        if (Type is not { } type)
        {
            Problems = [new DraftProblem(nameof(Type), "请选择权力类型。")];

            return Page();
        }

        var result = await drafts.StartNewAsync(actor, new DraftElements { Name = Name?.Trim() ?? "", Type = type }, cancellationToken);

        return Respond(result);
    }

    public async Task<IActionResult> OnPostFromItemAsync(string? itemCode, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(itemCode) || !ItemCode.IsWellFormed(itemCode))
        {
            return NotFound();
        }

        return Respond(await drafts.StartFromItemAsync(actor, itemCode, cancellationToken));
    }

    private IActionResult Respond(DraftResult result)
    {
        switch (result.Outcome)
        {
            case DraftOutcome.Done:
                return Redirect($"/staff/drafts/{result.Draft!.Id}");
            case DraftOutcome.Invalid:
                Problems = result.Problems;

                return Page();
            default:
                return NotFound();
        }
    }
}
