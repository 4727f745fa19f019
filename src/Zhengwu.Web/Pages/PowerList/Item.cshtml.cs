using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.PowerList;

namespace Zhengwu.Web.Pages.PowerList;

public sealed class ItemModel(PowerListQueries queries) : PageModel
{
    public PowerItemDetails Details { get; private set; } = null!;

    public string StatusName => Details.Item.Status switch
    {
        PowerItemStatus.Suspended => "暂停实施",
        PowerItemStatus.Cancelled => "已取消",
        _ => "在用",
    };

    public string DefaultLevel => Details.Region.Level == RegionLevel.City ? "市级" : "县级";

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

    public string NatureName(AgencyNature nature) => nature switch
    {
        AgencyNature.Authorised => "法律法规授权",
        AgencyNature.Entrusted => "受委托",
        _ => "法定",
    };
}
