using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Web.Pages;

/// <summary>An item with its department's name, as the public item page and the draft preview show it.</summary>
public sealed record ItemElementsModel(PowerItem Item, string DepartmentName, RegionLevel RegionLevel)
{
    public string StatusName => Item.Status.ChineseName();

    /// <summary>The exercise level shown when the item does not state one: that of its region.</summary>
    public string DefaultLevel => RegionLevel == RegionLevel.City ? "市级" : "县级";

    public static string NatureName(AgencyNature nature) => nature switch
    {
        AgencyNature.Authorised => "法律法规授权",
        AgencyNature.Entrusted => "受委托",
        _ => "法定",
    };
}
