using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList;

internal static class PublicPowerItems
{
    /// <summary>
    /// Keeps the items the public may see in lists, counts and search: never classified ones, and not
    /// cancelled ones, which only their own page still shows.
    /// </summary>
    public static IQueryable<PowerItem> Listed(this IQueryable<PowerItem> items) =>
        items.Where(item => !item.IsClassified && item.Status != PowerItemStatus.Cancelled);
}
