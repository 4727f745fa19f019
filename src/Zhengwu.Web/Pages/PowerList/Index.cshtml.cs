using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.PowerList;
using Microsoft.AspNetCore.OutputCaching;
using Zhengwu.Web.Caching;

namespace Zhengwu.Web.Pages.PowerList;

[OutputCache(PolicyName = PublicContentPolicy.Name)]
public sealed class IndexModel(PowerListQueries queries) : PageModel
{
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Regions = await queries.GetRegionsAsync(cancellationToken);
}
