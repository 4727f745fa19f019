namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>Chinese names of workflow states and steps.</summary>
public static class ChangeNames
{
    public static string ChineseName(this ChangeStatus status) => status switch
    {
        ChangeStatus.Draft => "草稿",
        ChangeStatus.LegalReview => "法制办审查中",
        ChangeStatus.OfficeReview => "审改办审核中",
        ChangeStatus.AwaitingGovernmentDecision => "待政府审定",
        ChangeStatus.FinalReview => "审改办终审中",
        ChangeStatus.Returned => "已退回",
        ChangeStatus.Published => "已发布",
        ChangeStatus.Withdrawn => "已撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ChineseName(this ChangeTrigger trigger) => trigger switch
    {
        ChangeTrigger.Edit => "修改",
        ChangeTrigger.Submit => "提交审核",
        ChangeTrigger.ConfirmLegalBasis => "法制审查通过",
        ChangeTrigger.Approve => "审核通过",
        ChangeTrigger.RecordGovernmentDecision => "登记政府审定结果",
        ChangeTrigger.FinalApprove => "终审发布",
        ChangeTrigger.Return => "退回",
        ChangeTrigger.Withdraw => "撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };
}
