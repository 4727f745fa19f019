namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>Chinese names of change kinds and reasons, and which reasons and steps each kind takes.</summary>
public static class ChangeKinds
{
    private static readonly ChangeReason[] s_adjustmentReasons =
    [
        ChangeReason.LawEnactedOrRevised, ChangeReason.InstitutionalReform, ChangeReason.MergeOrSplitNeeded,
        ChangeReason.DelegatedFromAbove, ChangeReason.CancelledAbove, ChangeReason.BetterManagedByCounty,
        ChangeReason.MarketOrSelfRegulation, ChangeReason.OtherAdjustment,
    ];

    private static readonly ChangeReason[] s_elementReasons =
    [
        ChangeReason.BasisChanged, ChangeReason.ElementsAdjusted, ChangeReason.ResponsibilitiesChanged,
        ChangeReason.StaticInformationChanged, ChangeReason.OtherElementChange,
    ];

    private static readonly ChangeReason[] s_suspensionReasons =
    [
        ChangeReason.NeverExercised, ChangeReason.NoCasesForThreeYears, ChangeReason.BetweenCycles,
        ChangeReason.OtherSuspension,
    ];

    private static readonly ChangeReason[] s_resumptionReasons = [ChangeReason.ResumedOnNeed];

    public static string ChineseName(this ChangeKind kind) => kind switch
    {
        ChangeKind.Add => "增加",
        ChangeKind.Cancel => "取消",
        ChangeKind.Delegate => "下放",
        ChangeKind.TakeOver => "承接",
        ChangeKind.Merge => "合并",
        ChangeKind.Split => "分设",
        ChangeKind.ElementChange => "要素变更",
        ChangeKind.Suspend => "暂停",
        ChangeKind.Resume => "恢复",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Returns true for the adjustments (add, cancel, delegate, take over, merge, split) that the government of the
    /// same level decides before the review office's final review publishes them.
    /// </summary>
    public static bool NeedsGovernmentDecision(this ChangeKind kind) => kind is ChangeKind.Add or ChangeKind.Cancel
        or ChangeKind.Delegate or ChangeKind.TakeOver or ChangeKind.Merge or ChangeKind.Split;

    /// <summary>
    /// Returns true for the kinds whose publication writes the draft's elements: to the item itself, to a new
    /// merged item, to the county items of a delegation or to the county item of a take-over. A split writes its
    /// parts instead.
    /// </summary>
    public static bool CarriesElements(this ChangeKind kind) =>
        kind is ChangeKind.Add or ChangeKind.ElementChange or ChangeKind.Delegate or ChangeKind.Merge or ChangeKind.TakeOver;

    /// <summary>Returns the reasons a request of <paramref name="kind"/> may give.</summary>
    public static IReadOnlyList<ChangeReason> Reasons(this ChangeKind kind) => kind switch
    {
        ChangeKind.ElementChange => s_elementReasons,
        ChangeKind.Suspend => s_suspensionReasons,
        ChangeKind.Resume => s_resumptionReasons,
        ChangeKind.Add or ChangeKind.Cancel or ChangeKind.Delegate or ChangeKind.TakeOver or ChangeKind.Merge
            or ChangeKind.Split => s_adjustmentReasons,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ChineseName(this ChangeReason reason) => reason switch
    {
        ChangeReason.LawEnactedOrRevised => "因法律法规规章颁布、修订需增加、取消或下放",
        ChangeReason.InstitutionalReform => "因机构改革、职能调整涉及实施主体变更",
        ChangeReason.MergeOrSplitNeeded => "行政权力事项需合并及分设",
        ChangeReason.DelegatedFromAbove => "上级政府下放行政权力，按要求需承接",
        ChangeReason.CancelledAbove => "上级政府取消行政权力事项，需对应取消",
        ChangeReason.BetterManagedByCounty => "直接面向基层和群众、量大面广，由县区政府管理更方便有效",
        ChangeReason.MarketOrSelfRegulation => "市场机制能够有效调节，公民、法人或其他组织能够自主决定，行业组织或中介机构能够自律管理",
        ChangeReason.OtherAdjustment => "其他应当予以调整的情形",
        ChangeReason.BasisChanged => "实施依据发生变化",
        ChangeReason.ElementsAdjusted => "名称、承办机构、工作流程、承诺时限、收费依据及标准等要素需调整",
        ChangeReason.ResponsibilitiesChanged => "责任事项、部门职责发生变更",
        ChangeReason.StaticInformationChanged => "办公地点、联系电话、常见问题解答、监督电话、服务指南、表格等静态信息变更",
        ChangeReason.OtherElementChange => "其他应当变更的情形",
        ChangeReason.NeverExercised => "本地区不具备行使条件和环境，从未行使过",
        ChangeReason.NoCasesForThreeYears => "三年以上未发生办件",
        ChangeReason.BetweenCycles => "周期性办理，处于本次办理周期结束至下次开始之间",
        ChangeReason.OtherSuspension => "其他原因需要暂停行使",
        ChangeReason.ResumedOnNeed => "因实际需要恢复行使",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
