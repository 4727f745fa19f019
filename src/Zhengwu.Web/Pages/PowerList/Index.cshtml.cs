using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.PowerList;

namespace Zhengwu.Web.Pages.PowerList;

public sealed class IndexModel(PowerListQueries queries) : PageModel
{
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Regions = await queries.GetRegionsAsync(cancellationToken);
}
