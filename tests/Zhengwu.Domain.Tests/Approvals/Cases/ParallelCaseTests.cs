using Zhengwu.Domain.Approvals.Cases;
using static Zhengwu.Domain.Tests.Approvals.Cases.Handling;

namespace Zhengwu.Domain.Tests.Approvals.Cases;

public class ParallelCaseTests
{
    private static readonly DateTimeOffset s_at = China(2026, 3, 3);

    [Fact]
    public void Opens_one_part_per_department()
    {
        var filed = Filed(China(2026, 3, 2), 10, Legal, Review);

        Assert.True(filed.IsJoint);
        Assert.Equal([Market, Legal, Review], filed.Parts.Select(part => part.DepartmentId));
        Assert.True(filed.Parts[0].IsLead);
        Assert.All(filed.Parts, part => Assert.Equal(CaseState.Submitted, part.State));
    }

    [Fact]
    public void Concludes_after_all_three_parts()
    {
        var filed = Filed(China(2026, 3, 2), 10, Legal, Review);

        ApproveAndConclude(filed, Market);
        ApproveAndConclude(filed, Legal);
        var afterTwo = filed.State;
        ApproveAndConclude(filed, Review);

        // The third department has not accepted yet, so the case stays open as submitted.
        Assert.Equal(CaseState.Submitted, afterTwo);
        Assert.Equal(CaseState.Concluded, filed.State);
        Assert.Equal(CaseDecision.Approved, filed.Decision);
    }

    [Fact]
    public void Parts_move_independently()
    {
        var filed = Filed(China(2026, 3, 2), 10, Legal, Review);

        filed.Take(new CaseAction.Accept(), Officer(Legal), s_at, Legal);
        filed.Take(new CaseAction.RequestCorrection([new CorrectionItem(0, "申请书", "未签字")]), Officer(Review), s_at, Review);

        Assert.Equal(CaseState.Submitted, filed.PartOf(Market)!.State);
        Assert.Equal(CaseState.Accepted, filed.PartOf(Legal)!.State);
        Assert.Equal(CaseState.CorrectionRequested, filed.PartOf(Review)!.State);
        Assert.Equal(CaseState.CorrectionRequested, filed.State);
        Assert.Equal(Legal, filed.Steps[1].DepartmentId);
    }

    [Fact]
    public void Department_acts_only_on_own_part()
    {
        var filed = Filed(China(2026, 3, 2), 10, Legal, Review);

        var error = filed.Fire(Review, new CaseAction.Accept(), Officer(Legal), s_at);
        var none = filed.Fire(99, new CaseAction.Accept(), Officer(99), s_at);

        Assert.IsType<CaseError.OutsideScope>(error);
        Assert.IsType<CaseError.OutsideScope>(none);
    }

    [Fact]
    public void Denial_closed_by_lead()
    {
        var filed = Filed(China(2026, 3, 2), 10, Legal, Review);
        filed.Take(new CaseAction.Accept(), Officer(Legal), s_at, Legal);
        filed.Take(new CaseAction.Deny("规划不符合要求"), Lead(Legal), s_at, Legal);
        filed.Take(new CaseAction.Accept(), Officer(), s_at);

        var error = filed.CloseAfterDenial(Lead(), "法制办不予许可，终止办理", s_at.AddHours(1));
        filed.Take(new CaseAction.Conclude([Document("不予许可决定书.pdf")]), Officer(Legal), s_at.AddHours(2), Legal);

        Assert.Null(error);
        Assert.Equal(CaseState.Closed, filed.PartOf(Market)!.State);
        Assert.Equal(CaseState.Closed, filed.PartOf(Review)!.State);
        Assert.Equal(CaseState.Concluded, filed.PartOf(Legal)!.State);
        Assert.Equal(CaseState.Concluded, filed.State);
        Assert.Equal(CaseDecision.Denied, filed.Decision);
        Assert.Equal("规划不符合要求", filed.PartOf(Legal)!.DenialReason);
    }

    [Fact]
    public void Close_only_by_lead_department()
    {
        var filed = Filed(China(2026, 3, 2), 10, Legal, Review);
        filed.Take(new CaseAction.Accept(), Officer(Legal), s_at, Legal);
        filed.Take(new CaseAction.Deny("规划不符合要求"), Lead(Legal), s_at, Legal);

        var coHandling = filed.CloseAfterDenial(Lead(Legal), "终止", s_at);
        var officer = filed.CloseAfterDenial(Officer(), "终止", s_at);

        Assert.IsType<CaseError.NotLeadDepartment>(coHandling);
        Assert.IsType<CaseError.WrongRole>(officer);
        Assert.Equal(CaseState.Submitted, filed.PartOf(Review)!.State);
    }

    [Fact]
    public void Close_needs_a_denial()
    {
        var filed = Filed(China(2026, 3, 2), 10, Legal, Review);

        var error = filed.CloseAfterDenial(Lead(), "终止", s_at);

        Assert.IsType<CaseError.NoDenial>(error);
    }

    [Fact]
    public void Deemed_acceptance_per_part()
    {
        // Received Monday 03-02: 5 working days end Monday 03-09. The legal office accepted on time.
        var filed = Filed(China(2026, 3, 2), 10, Legal);
        filed.Take(new CaseAction.Accept(), Officer(Legal), s_at, Legal);

        var accepted = filed.DeemAcceptance(Calendar.OfficialCalendar.Official, China(2026, 3, 10));

        Assert.Equal(1, accepted);
        Assert.Equal(Market, filed.Steps[^1].DepartmentId);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 15, 59, 59, TimeSpan.Zero), filed.Steps[^1].At);
    }

    [Fact]
    public void Parts_need_one_lead()
    {
        var filed = ApplicationCase.Submit("620100-20260302-0002", 7, "620100-XK-00001", "食品经营许可", ApplicantId, "k", [], s_at);

        Assert.Throws<ArgumentException>(() => filed.OpenParts([]));
        Assert.Throws<ArgumentException>(() => filed.OpenParts(
            [new CasePartPlan(Market, "甲", null, true, null), new CasePartPlan(Legal, "乙", null, true, null)]));
    }

    private static void ApproveAndConclude(ApplicationCase filed, int departmentId)
    {
        filed.Take(new CaseAction.Accept(), Officer(departmentId), s_at, departmentId);
        filed.Take(new CaseAction.Approve(), Lead(departmentId), s_at, departmentId);
        filed.Take(new CaseAction.Conclude([Document("决定书.pdf")]), Officer(departmentId), s_at, departmentId);
    }
}
