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

    /// <summary>The targets of the change changed after the request was opened; the message names the target and what to do.</summary>
    public sealed record PublicationBlocked(string Reason) : ChangeError(Reason);

    /// <summary>The legal basis changed, but the request's region has no legal affairs office to check it.</summary>
    public sealed record NoLegalAffairsOffice(string RegionCode)
        : ChangeError($"本申请变更了实施依据，须经本级法制办审查，但地区 {RegionCode} 尚未设置法制办，无法提交。请联系系统管理员导入本级法制办后再提交，或撤回依据的修改。");

    public sealed record KindNotForItem(ChangeKind Kind)
        : ChangeError($"该草稿不能作为{Kind.ChineseName()}申请提交：新增事项只能申请增加，承接市级事项的草稿只能申请承接，已取消的事项不能再申请变更，暂停的事项才能申请恢复。");

    public sealed record ExplanationTooLong(int Length)
        : ChangeError($"说明共 {Length} 个字，超过上限 {ChangeRequest.MaxExplanationLength} 个字，请精简后再提交。");

    public sealed record KindInvalid(int Code)
        : ChangeError($"变更类型“{Code}”无效，请从列表中选择变更类型。");

    public sealed record CountiesMissing()
        : ChangeError("请选择要下放到的县区，至少一个。");

    public sealed record CountyInvalid(string Code)
        : ChangeError($"“{Code}”不是本市所辖县区的行政区划代码，请从列表中选择县区。");

    public sealed record CountyDepartmentMissing(string County, string Department)
        : ChangeError($"{County}没有{Department}，不能下放到{County}：请先由该县区建立对应部门，或不选{County}。");

    public sealed record MergedItemsMissing()
        : ChangeError("请填写要合并的其他事项编码，至少一个。");

    public sealed record MergedItemInvalid(string Code)
        : ChangeError($"事项编码“{Code}”格式不正确：应形如 620100-XK-00001。");

    public sealed record MergedItemNotFound(string Code)
        : ChangeError($"没有编码为 {Code} 的事项，请核对要合并的事项编码。");

    public sealed record MergedItemOfOtherDepartment(string Code)
        : ChangeError($"事项 {Code} 不属于本部门，只能合并本部门的事项。");

    public sealed record MergedItemNotInForce(string Code)
        : ChangeError($"事项 {Code} 已暂停或取消，只能合并正在实施的事项。");

    public sealed record MergedItemIsDraftItem(string Code)
        : ChangeError($"事项 {Code} 就是本草稿修改的事项，请只填写要并入的其他事项。");

    public sealed record SplitPartCount(int Count)
        : ChangeError($"分设须拆分为 2 至 {ChangeRequest.MaxSplitParts} 个新事项，现填写了 {Count} 个，请调整分设后的事项数。");

    public sealed record SplitPartInvalid(int Number, string Problem)
        : ChangeError($"第 {Number} 个分设事项：{Problem}");

    public sealed record SplitPartNameRepeated(string Name)
        : ChangeError($"分设后的事项名称“{Name}”重复，请为每个新事项填写不同的名称。");

    public sealed record TakeOverSourceMissing()
        : ChangeError("承接申请须从市级事项起草：请在“承接市级事项”列表中选择要承接的事项。");

    public sealed record TakeOverNotOffered(string Code)
        : ChangeError($"事项 {Code} 既未下放到县区，行使层级也不含县级，不能承接。请选择市级已确定由县区行使的事项。");

    public sealed record TakeOverSourceNotInForce(string Code)
        : ChangeError($"市级事项 {Code} 已暂停或取消，只能承接正在实施的事项。");

    public sealed record TakeOverOfOtherDepartment(string Code, string Department)
        : ChangeError($"事项 {Code} 不属于与{Department}对应的市级部门，只能承接对应市级部门的事项。");

    public sealed record TakeOverAlreadyExercised(string Code, string County)
        : ChangeError($"{County}已实施事项 {Code}，不能重复承接。如需修改，请在本部门事项中起草要素变更。");

    public sealed record ReasonNotForKind(ChangeKind Kind, ChangeReason Reason)
        : ChangeError(Enum.IsDefined(Reason)
            ? $"“{Reason.ChineseName()}”不是{Kind.ChineseName()}申请可选的理由，请从列表中选择。"
            : $"理由代码“{(int)Reason}”无效，请从列表中选择{Kind.ChineseName()}申请的理由。");
}
