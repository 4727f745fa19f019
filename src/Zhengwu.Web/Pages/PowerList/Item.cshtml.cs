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

    /// <summary>The retired code a visitor was redirected from, when it is one of this item's predecessors.</summary>
    public LinkedItem? RedirectedFrom { get; private set; }

    /// <summary>
    /// Shows the item. A code retired into exactly one successor redirects there permanently, since codes are never
    /// issued again; <paramref name="archived"/> shows the retired item's own page instead, which its successor links
    /// to. A code split into several items shows them all.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(string code, bool archived, string? from, CancellationToken cancellationToken)
    {
        var details = ItemCode.IsWellFormed(code) ? await queries.GetItemAsync(code, cancellationToken) : null;
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        Lineage = await lineage.GetAsync(details.Item, cancellationToken);
        if (!archived && Lineage.Successors is [var successor])
        {
            return RedirectPermanent($"/power-items/{successor.Code}?from={Uri.EscapeDataString(details.Item.Code)}");
        }

        RedirectedFrom = Lineage.Predecessors.FirstOrDefault(
            predecessor => string.Equals(predecessor.Code, from, StringComparison.OrdinalIgnoreCase));
        VersionCount = await history.VersionCountAsync(details.Item.Id, cancellationToken);

        return Page();
    }
}
