using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>Why a handling step was rejected, with the Chinese message that pages show.</summary>
public abstract record CaseError(string Message)
{
    /// <summary>True for errors of access control, which the audit log records as denied rather than failed.</summary>
    public virtual bool IsDenial => false;

    public sealed record StepNotAllowed(CaseState State, CaseTrigger Trigger, IReadOnlyList<CaseTrigger> Allowed)
        : CaseError($"办件当前为“{State.ChineseName()}”，不能执行“{Trigger.ChineseName()}”。" + (Allowed.Count == 0
            ? "当前没有可执行的办理操作。"
            : $"当前可执行：{string.Join("、", Allowed.Select(allowed => allowed.ChineseName()))}。"));

    public sealed record CorrectionAlreadyRequested()
        : CaseError("本办件已经要求过一次补正，不能再次要求补正：请根据补正后的材料受理或不予受理。");

    public sealed record WrongRole(StaffRole Role, CaseTrigger Trigger)
        : CaseError($"{Role.ChineseName()}不能执行“{Trigger.ChineseName()}”：须由本部门分管领导执行。")
    {
        public override bool IsDenial => true;
    }

    public sealed record OutsideScope()
        : CaseError("该办件不由您的部门办理。")
    {
        public override bool IsDenial => true;
    }

    public sealed record NotLeadDepartment()
        : CaseError("只有牵头部门的分管领导可以终止并联审批的其他部门办理。")
    {
        public override bool IsDenial => true;
    }

    public sealed record NotApplicant()
        : CaseError("只有申请人本人可以补正材料。")
    {
        public override bool IsDenial => true;
    }

    public sealed record ReasonRequired(CaseTrigger Trigger)
        : CaseError($"请填写“{Trigger.ChineseName()}”的理由，申请人将看到该理由。");

    public sealed record OpinionTooLong(int Length)
        : CaseError($"意见共 {Length} 个字，超过上限 {CasePart.MaxOpinionLength} 个字，请精简后再提交。");

    public sealed record CorrectionListEmpty()
        : CaseError("请至少列出一项需要补正的材料，并写明缺少或不符合要求之处。");

    public sealed record CorrectionProblemMissing(string MaterialName)
        : CaseError($"请写明材料“{MaterialName}”缺少或不符合要求之处。");

    public sealed record CorrectionMaterialRepeated(string MaterialName)
        : CaseError($"材料“{MaterialName}”在补正清单中出现了两次，请合并为一项。");

    public sealed record ReplacementMissing(string MaterialName)
        : CaseError($"补正清单要求重新提交“{MaterialName}”，请为该材料选择文件。");

    public sealed record ReplacementNotListed(int MaterialIndex)
        : CaseError($"第 {MaterialIndex + 1} 项材料不在补正清单中，只需重新提交清单列出的材料。");

    public sealed record DaysOutOfRange(string What, int Days, int Max)
        : CaseError($"{What}为 {Days} 个工作日，应为 1 至 {Max} 个工作日。");

    public sealed record ExtensionPending()
        : CaseError("已有一项延期申请待分管领导审批，请等待审批后再申请。");

    public sealed record NoExtensionPending()
        : CaseError("没有待审批的延期申请。");

    public sealed record DivisionMissing()
        : CaseError("请选择转办到的承办处室。");

    public sealed record DivisionUnchanged(string Division)
        : CaseError($"办件已由{Division}承办，请选择本部门的其他处室。");

    public sealed record ResultDocumentMissing()
        : CaseError("办结须上传至少一份结果文书（如准予许可决定书或不予许可决定书）。");

    public sealed record NoDenial()
        : CaseError("并联审批的各部门均未作出不予许可决定，不能终止办理。");

    public sealed record NoHandlingLimit()
        : CaseError("该事项没有以工作日计的办理时限，不能延期。");

    /// <summary>Another staff member changed the case after this one loaded it; nothing was saved.</summary>
    public sealed record Conflict()
        : CaseError("该办件刚被其他工作人员办理过，您的操作未保存。请刷新页面，查看最新状态后再操作。");
}
