using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.PowerList;

namespace Zhengwu.Web.Pages.PowerList;

public sealed class ItemModel(PowerListQueries queries) : PageModel
{
    public PowerItemDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var details = ItemCode.IsWellFormed(code) ? await queries.GetItemAsync(code, cancellationToken) : null;
        if (details is null)
        {
            return NotFound();
        }

        Details = details;

        return Page();
    }
}
