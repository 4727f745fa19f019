using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.PowerList;
using Microsoft.AspNetCore.OutputCaching;
using Zhengwu.Web.Caching;

namespace Zhengwu.Web.Pages.PowerList;

[OutputCache(PolicyName = PublicContentPolicy.Name)]
public sealed class RegionModel(PowerListQueries queries) : PageModel
{
    public RegionSummary Region { get; private set; } = null!;

    public IReadOnlyList<DepartmentSummary> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var region = (await queries.GetRegionsAsync(cancellationToken)).FirstOrDefault(region => region.Code == code);
        if (region is null)
        {
            return NotFound();
        }

        Region = region;
        Departments = await queries.GetDepartmentsAsync(code, cancellationToken);

        return Page();
    }
}
