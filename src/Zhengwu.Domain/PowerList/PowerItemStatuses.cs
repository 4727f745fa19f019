namespace Zhengwu.Domain.PowerList;

/// <summary>Chinese names of <see cref="PowerItemStatus"/> as pages, exports and versions show them.</summary>
public static class PowerItemStatuses
{
    public static string ChineseName(this PowerItemStatus status) => status switch
    {
        PowerItemStatus.Suspended => "暂停实施",
        PowerItemStatus.Cancelled => "已取消",
        _ => "在用",
    };
}
