using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>Why a workflow step was rejected, with the message in Chinese that pages and the API show.</summary>
public abstract record ChangeError(string Message)
{
    /// <summary>True for errors of access control, which the audit log records as denied rather than failed.</summary>
    public virtual bool IsDenial => false;

    public sealed record StepNotAllowed(ChangeStatus Status, ChangeTrigger Trigger)
        : ChangeError($"申请当前为“{Status.ChineseName()}”，不能执行“{Trigger.ChineseName()}”。");

    public sealed record WrongRole(StaffRole Role, ChangeTrigger Trigger)
        : ChangeError($"{Role.ChineseName()}不能执行“{Trigger.ChineseName()}”。")
    {
        public override bool IsDenial => true;
    }

    public sealed record OutsideScope()
        : ChangeError("该申请不属于您的部门或地区。")
    {
        public override bool IsDenial => true;
    }

    public sealed record OwnRequest()
        : ChangeError("您起草或提交过该申请，不能审核自己的申请。")
    {
        public override bool IsDenial => true;
    }

    public sealed record OpinionRequired()
        : ChangeError("请填写退回理由，部门将据此修改后重新提交。");

    public sealed record OpinionTooLong(int Length)
        : ChangeError($"意见共 {Length} 个字，超过上限 {ChangeRequest.MaxOpinionLength} 个字，请精简后再提交。");

    public sealed record DecisionIncomplete(string Field)
        : ChangeError($"请填写政府审定的{Field}。");

    public sealed record DecisionInFuture(DateOnly Date)
        : ChangeError($"政府审定日期 {Date:yyyy-MM-dd} 晚于今天，请填写会议实际审定的日期。");

    public sealed record KindNotForItem(ChangeKind Kind)
        : ChangeError($"该草稿不能作为{Kind.ChineseName()}申请提交：新增事项只能申请增加，已取消的事项不能再申请变更，暂停的事项才能申请恢复。");

    public sealed record ExplanationTooLong(int Length)
        : ChangeError($"说明共 {Length} 个字，超过上限 {ChangeRequest.MaxExplanationLength} 个字，请精简后再提交。");

    public sealed record KindInvalid(int Code)
        : ChangeError($"变更类型“{Code}”无效，请从列表中选择变更类型。");

    public sealed record ReasonNotForKind(ChangeKind Kind, ChangeReason Reason)
        : ChangeError(Enum.IsDefined(Reason)
            ? $"“{Reason.ChineseName()}”不是{Kind.ChineseName()}申请可选的理由，请从列表中选择。"
            : $"理由代码“{(int)Reason}”无效，请从列表中选择{Kind.ChineseName()}申请的理由。");
}
