using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Versions;
using Microsoft.AspNetCore.OutputCaching;
using Zhengwu.Web.Caching;

namespace Zhengwu.Web.Pages.PowerList;

/// <summary>The public change log: the latest published list changes of the city, a region or a department.</summary>
[OutputCache(PolicyName = PublicContentPolicy.Name)]
public sealed class ChangesModel(PowerItemHistory history, PowerListQueries queries) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<PublishedChange> Changes { get; private set; } = [];

    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public string? Region { get; private set; }

    public int? Department { get; private set; }

    public string FeedPath { get; private set; } = "/changes.atom";

    public async Task<IActionResult> OnGetAsync(string? region, int? department, CancellationToken cancellationToken)
    {
        Regions = await queries.GetRegionsAsync(cancellationToken);
        if (region is not null && Regions.All(known => known.Code != region))
        {
            return NotFound();
        }

        if (department is { } id && await queries.GetDepartmentAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        Region = region;
        Department = department;
        Changes = await history.ChangesAsync(region, department, PageSize, cancellationToken);
        FeedPath = department is { } feedDepartment
            ? $"/changes.atom?department={feedDepartment}"
            : region is null ? "/changes.atom" : $"/changes.atom?region={region}";

        return Page();
    }
}
