using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.PowerList;

namespace Zhengwu.Web.Pages;

public sealed class IndexModel(PowerListQueries queries) : PageModel
{
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public int TotalItems => Regions.Sum(region => region.ItemCount);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Regions = await queries.GetRegionsAsync(cancellationToken);
}
