using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Approvals.Cases;
using static Zhengwu.Domain.Tests.Approvals.Cases.Handling;

namespace Zhengwu.Domain.Tests.Approvals.Cases;

public class CaseWorkflowTests
{
    private static readonly DateTimeOffset s_at = China(2026, 3, 3);

    [Fact]
    public void Refused_step_names_state_and_allowed()
    {
        var filed = Filed(China(2026, 3, 2));

        var error = filed.Fire(Market, new CaseAction.Approve(), Lead(), s_at);

        Assert.Equal("办件当前为“已提交，待受理”，不能执行“准予许可”。当前可执行：受理、不予受理、要求补正、转办。", error?.Message);
    }

    [Fact]
    public void Refused_step_in_final_state()
    {
        var filed = CaseWorkflowMatrixTests.Walk("Reject");

        var error = filed.Fire(Market, new CaseAction.Accept(), Lead(), s_at);

        Assert.Equal("办件当前为“不予受理”，不能执行“受理”。当前没有可执行的办理操作。", error?.Message);
    }

    [Fact]
    public void Second_correction_is_refused()
    {
        var filed = CaseWorkflowMatrixTests.Walk("RequestCorrection Resubmit");

        var error = filed.Fire(Market, new CaseAction.RequestCorrection([new CorrectionItem(0, "申请书", "未签字")]), Officer(), s_at);

        Assert.IsType<CaseError.CorrectionAlreadyRequested>(error);
        Assert.Equal(CaseState.Submitted, filed.State);
    }

    [Fact]
    public void Correction_lists_every_material()
    {
        var filed = Filed(China(2026, 3, 2));
        CorrectionItem[] items = [new(0, "申请书", "未签字"), new(1, "营业执照", "已过期")];

        filed.Take(new CaseAction.RequestCorrection(items), Officer(), s_at);

        Assert.Equal(items, filed.LeadPart.CorrectionItems);
        Assert.Equal("请补正以下材料：申请书（未签字）；营业执照（已过期）", filed.Steps[^1].Opinion);
        Assert.Equal(CaseState.CorrectionRequested, filed.State);
    }

    [Theory]
    [InlineData("   ", "请写明材料“营业执照”缺少或不符合要求之处。")]
    [InlineData("", "请写明材料“营业执照”缺少或不符合要求之处。")]
    public void Correction_needs_problem(string problem, string message)
    {
        var filed = Filed(China(2026, 3, 2));

        var error = filed.Fire(Market, new CaseAction.RequestCorrection([new CorrectionItem(1, "营业执照", problem)]), Officer(), s_at);

        Assert.Equal(message, error?.Message);
    }

    [Fact]
    public void Correction_list_empty()
    {
        var filed = Filed(China(2026, 3, 2));

        var error = filed.Fire(Market, new CaseAction.RequestCorrection([]), Officer(), s_at);

        Assert.IsType<CaseError.CorrectionListEmpty>(error);
    }

    [Fact]
    public void Resubmission_replaces_listed_materials()
    {
        var filed = CaseWorkflowMatrixTests.Walk("RequestCorrection");
        var replacement = Material(1, "营业执照");

        var error = filed.Resubmit(Market, ApplicantId, [replacement], s_at);

        Assert.Null(error);
        Assert.Equal(2, filed.Materials.Count);
        Assert.Same(replacement, filed.Materials.Single(material => material.MaterialIndex == 1));
        Assert.Empty(filed.LeadPart.CorrectionItems);
        Assert.Equal("申请人", filed.Steps[^1].ActorName);
        Assert.Equal("已补正：营业执照", filed.Steps[^1].Opinion);
    }

    [Fact]
    public void Resubmission_missing_listed_material()
    {
        var filed = CaseWorkflowMatrixTests.Walk("RequestCorrection");

        var error = filed.Resubmit(Market, ApplicantId, [], s_at);

        Assert.Equal("补正清单要求重新提交“营业执照”，请为该材料选择文件。", error?.Message);
        Assert.Equal(CaseState.CorrectionRequested, filed.State);
    }

    [Fact]
    public void Resubmission_of_unlisted_material()
    {
        var filed = CaseWorkflowMatrixTests.Walk("RequestCorrection");

        var error = filed.Resubmit(Market, ApplicantId, [Material(1, "营业执照"), Material(0, "申请书")], s_at);

        Assert.Equal("第 1 项材料不在补正清单中，只需重新提交清单列出的材料。", error?.Message);
    }

    [Fact]
    public void Resubmission_by_someone_else()
    {
        var filed = CaseWorkflowMatrixTests.Walk("RequestCorrection");

        var error = filed.Resubmit(Market, Guid.NewGuid(), [Material(1, "营业执照")], s_at);

        Assert.IsType<CaseError.NotApplicant>(error);
        Assert.True(error.IsDenial);
    }

    [Fact]
    public void Officer_cannot_approve_extension()
    {
        var filed = CaseWorkflowMatrixTests.Walk("Accept ProposeExtension");

        var error = filed.Fire(Market, new CaseAction.ApproveExtension(), Officer(), s_at);

        Assert.Equal("内容专员不能执行“批准延期”：须由本部门分管领导执行。", error?.Message);
        Assert.Equal(5, filed.LeadPart.PendingExtensionDays);
    }

    [Theory]
    [InlineData(CaseTrigger.Approve)]
    [InlineData(CaseTrigger.Deny)]
    [InlineData(CaseTrigger.DeclineExtension)]
    public void Officer_cannot_decide(CaseTrigger trigger)
    {
        var filed = CaseWorkflowMatrixTests.Walk("Accept ProposeExtension");

        var error = filed.Fire(Market, CaseWorkflowMatrixTests.ActionFor(trigger), Officer(), s_at);

        Assert.IsType<CaseError.WrongRole>(error);
    }

    [Fact]
    public void Second_extension_while_pending()
    {
        var filed = CaseWorkflowMatrixTests.Walk("Accept ProposeExtension");

        var error = filed.Fire(Market, new CaseAction.ProposeExtension(3, "再延期"), Officer(), s_at);

        Assert.IsType<CaseError.ExtensionPending>(error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void Extension_days_out_of_range(int days)
    {
        var filed = CaseWorkflowMatrixTests.Walk("Accept");

        var error = filed.Fire(Market, new CaseAction.ProposeExtension(days, "情况复杂"), Officer(), s_at);

        Assert.Equal($"延长期限为 {days} 个工作日，应为 1 至 60 个工作日。", error?.Message);
    }

    [Fact]
    public void Declined_extension_leaves_limit()
    {
        var filed = CaseWorkflowMatrixTests.Walk("Accept ProposeExtension");

        filed.Take(new CaseAction.DeclineExtension("期限内可以办结"), Lead(), s_at);

        Assert.Null(filed.LeadPart.PendingExtensionDays);
        Assert.DoesNotContain(filed.LeadPart.ClockEvents, item => item.Kind == Domain.Calendar.ClockEventKind.Extend);
    }

    [Theory]
    [InlineData(CaseTrigger.Reject)]
    [InlineData(CaseTrigger.Deny)]
    [InlineData(CaseTrigger.DeclineExtension)]
    public void Reason_required(CaseTrigger trigger)
    {
        var filed = CaseWorkflowMatrixTests.Walk(trigger == CaseTrigger.Reject ? "" : "Accept ProposeExtension");
        CaseAction action = trigger switch
        {
            CaseTrigger.Reject => new CaseAction.Reject(" "),
            CaseTrigger.Deny => new CaseAction.Deny(""),
            _ => new CaseAction.DeclineExtension("\t"),
        };

        var error = filed.Fire(Market, action, Lead(), s_at);

        Assert.Equal($"请填写“{trigger.ChineseName()}”的理由，申请人将看到该理由。", error?.Message);
    }

    [Fact]
    public void Opinion_too_long()
    {
        var filed = Filed(China(2026, 3, 2));

        var error = filed.Fire(Market, new CaseAction.Reject(new string('理', 501)), Lead(), s_at);

        Assert.Equal("意见共 501 个字，超过上限 500 个字，请精简后再提交。", error?.Message);
    }

    [Fact]
    public void Transfer_changes_division()
    {
        var filed = Filed(China(2026, 3, 2));

        filed.Take(new CaseAction.Transfer("综合科", "由综合科承办"), Officer(), s_at);
        var same = filed.Fire(Market, new CaseAction.Transfer("综合科"), Officer(), s_at);

        Assert.Equal("综合科", filed.LeadPart.HandlingDivision);
        Assert.Equal(CaseTrigger.Transfer, filed.Steps[^1].Trigger);
        Assert.Equal("办件已由综合科承办，请选择本部门的其他处室。", same?.Message);
    }

    [Fact]
    public void Conclusion_needs_result_document()
    {
        var filed = CaseWorkflowMatrixTests.Walk("Accept Approve");

        var error = filed.Fire(Market, new CaseAction.Conclude([]), Officer(), s_at);

        Assert.IsType<CaseError.ResultDocumentMissing>(error);
    }

    [Fact]
    public void Conclusion_keeps_documents_and_decision()
    {
        var filed = CaseWorkflowMatrixTests.Walk("Accept Deny");

        filed.Take(new CaseAction.Conclude([Document("不予许可决定书.pdf")]), Officer(), s_at);

        Assert.Equal(CaseState.Concluded, filed.State);
        Assert.Equal(CaseDecision.Denied, filed.Decision);
        Assert.Equal("经营场所不符合要求", filed.LeadPart.DenialReason);
        Assert.Equal("不予许可决定书.pdf", Assert.Single(filed.LeadPart.ResultDocuments).FileName);
    }

    [Theory]
    [InlineData(StaffRole.ContentOfficer)]
    [InlineData(StaffRole.DepartmentLead)]
    public void Other_department_is_outside_scope(StaffRole role)
    {
        var filed = Filed(China(2026, 3, 2));
        var stranger = new CaseActor(Guid.NewGuid(), "王", "兰州市人民政府法制办公室", new StaffScope(role, Legal, "620100"));

        var error = filed.Fire(Market, new CaseAction.Accept(), stranger, s_at);

        Assert.IsType<CaseError.OutsideScope>(error);
        Assert.True(error.IsDenial);
        Assert.Single(filed.Steps);
    }

    [Fact]
    public void Reviewer_of_same_department_is_outside_scope()
    {
        var filed = Filed(China(2026, 3, 2));
        var reviewer = new CaseActor(Guid.NewGuid(), "赵", "兰州市市场监督管理局", new StaffScope(StaffRole.ReviewOfficeReviewer, Market, "620100"));

        var error = filed.Fire(Market, new CaseAction.Accept(), reviewer, s_at);

        Assert.IsType<CaseError.OutsideScope>(error);
    }

    [Fact]
    public void Every_step_bumps_version()
    {
        var filed = Filed(China(2026, 3, 2));

        filed.Take(new CaseAction.Accept(), Officer(), s_at);
        filed.Take(new CaseAction.Approve(), Lead(), s_at);

        Assert.Equal(3, filed.Version);
    }
}
