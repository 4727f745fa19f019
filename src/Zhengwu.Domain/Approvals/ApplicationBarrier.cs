using Zhengwu.Domain.PowerList;

namespace Zhengwu.Domain.Approvals;

/// <summary>
/// Why an item cannot be applied for: one nested type per reason, each with a Chinese message that states the reason
/// and what the applicant can do.
/// </summary>
public abstract record ApplicationBarrier
{
    public abstract string Message { get; }

    /// <summary>
    /// A classified item. Its message is the one an unknown code gets, so the public cannot tell that the item
    /// exists.
    /// </summary>
    public sealed record NotPublished(string Code) : ApplicationBarrier
    {
        public override string Message =>
            $"未找到事项编码为“{Code}”的公开事项，无法在线申报。请在权力清单中查找事项后再申报。";
    }

    public sealed record Cancelled(string Name) : ApplicationBarrier
    {
        public override string Message =>
            $"事项“{Name}”已取消，不再受理申请。请在权力清单中查找承继该事项的事项后再申报。";
    }

    public sealed record Suspended(string Name) : ApplicationBarrier
    {
        public override string Message =>
            $"事项“{Name}”暂停实施，暂不受理申请。请在该事项恢复实施后再申报，或拨打事项公布的电话咨询。";
    }

    public sealed record NotHandledOnApplication(string Name, PowerType Type) : ApplicationBarrier
    {
        public override string Message =>
            $"事项“{Name}”属于{Type.ChineseName()}，由行政机关依职权实施，不受理申请，无法在线申报。";
    }
}
