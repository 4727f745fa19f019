using Zhengwu.Domain.PowerList;

namespace Zhengwu.Domain.Approvals;

/// <summary>
/// Decides whether the public may file an application against a power item. Only items of the published power
/// list may be applied for: public, in force and of a type handled on application.
/// </summary>
public static class ApplicationEligibility
{
    /// <summary>Returns why an application against the item is rejected, or null when it may be filed.</summary>
    public static ApplicationBarrier? Check(PowerItem item)
    {
        if (item.IsClassified)
        {
            return new ApplicationBarrier.NotPublished(item.Code);
        }

        if (item.Status == PowerItemStatus.Cancelled)
        {
            return new ApplicationBarrier.Cancelled(item.Name);
        }

        if (item.Status == PowerItemStatus.Suspended)
        {
            return new ApplicationBarrier.Suspended(item.Name);
        }

        return item.Type.IsHandledOnApplication() ? null : new ApplicationBarrier.NotHandledOnApplication(item.Name, item.Type);
    }
}
