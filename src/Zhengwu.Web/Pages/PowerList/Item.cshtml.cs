using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Lineage;
using Zhengwu.Infrastructure.PowerList.Versions;
using Microsoft.AspNetCore.OutputCaching;
using Zhengwu.Web.Caching;

namespace Zhengwu.Web.Pages.PowerList;

[OutputCache(PolicyName = PublicContentPolicy.Name)]
public sealed class ItemModel(PowerListQueries queries, PowerItemHistory history, PowerItemLineage lineage) : PageModel
{
    public PowerItemDetails Details { get; private set; } = null!;

    public ItemLineage Lineage { get; private set; } = ItemLineage.None;

    /// <summary>The number of published versions the item's history page lists.</summary>
    public int VersionCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var details = ItemCode.IsWellFormed(code) ? await queries.GetItemAsync(code, cancellationToken) : null;
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        Lineage = await lineage.GetAsync(details.Item, cancellationToken);
        VersionCount = (await history.VersionsAsync(code, cancellationToken)).Count;

        return Page();
    }
}
