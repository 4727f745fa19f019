using Zhengwu.Domain.PowerList.Changes;
using static Zhengwu.Domain.PowerList.Changes.ChangeStatus;
using static Zhengwu.Domain.PowerList.Changes.ChangeTrigger;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

public class ChangeRequestPathTests
{
    private static readonly DateTimeOffset s_edited = new(2026, 4, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_submitted = new(2026, 4, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_firstReview = new(2026, 4, 2, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_secondReview = new(2026, 4, 3, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_thirdReview = new(2026, 4, 8, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_fourthReview = new(2026, 4, 9, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Element_change_through_legal_review()
    {
        var request = RequestPaths.New(ChangeKind.ElementChange, basisChanged: true);

        Assert.Null(request.Fire(Edit, Staff.Officer, s_edited));
        Assert.Null(request.Fire(Submit, Staff.Lead, s_submitted, "请审核"));
        Assert.Equal(LegalReview, request.Status);
        Assert.Null(request.Fire(ConfirmLegalBasis, Staff.LegalReviewer, s_firstReview, " 依据有效 "));
        Assert.Equal(OfficeReview, request.Status);
        Assert.Null(request.Fire(Approve, Staff.OfficeReviewer, s_secondReview, "同意"));

        Assert.Equal(Published, request.Status);
        Assert.Equal(s_secondReview, request.PublishedAt);
        Assert.Null(request.ConfirmedAt);
        Assert.Null(request.GovernmentDecision);
        Assert.Equal(4, request.Steps.Count);
        AssertStep(request.Steps[0], Edit, Draft, Draft, Staff.Officer, s_edited, null);
        AssertStep(request.Steps[1], Submit, Draft, LegalReview, Staff.Lead, s_submitted, "请审核");
        AssertStep(
            request.Steps[2], ConfirmLegalBasis, LegalReview, OfficeReview, Staff.LegalReviewer, s_firstReview, "依据有效");
        AssertStep(request.Steps[3], Approve, OfficeReview, Published, Staff.OfficeReviewer, s_secondReview, "同意");
    }

    [Fact]
    public void Add_through_government_decision()
    {
        var request = RequestPaths.New(ChangeKind.Add, basisChanged: false);
        var decision = new GovernmentDecision("兰州市人民政府第20次常务会议", new DateOnly(2026, 4, 7), "兰政发〔2026〕18号");

        Assert.Null(request.Fire(Edit, Staff.Officer, s_edited));
        Assert.Null(request.Fire(Submit, Staff.Lead, s_submitted));
        Assert.Equal(OfficeReview, request.Status);
        Assert.Null(request.Fire(Approve, Staff.OfficeReviewer, s_firstReview, "同意，报政府审定"));
        Assert.Equal(AwaitingGovernmentDecision, request.Status);
        Assert.Null(request.PublishedAt);
        Assert.Null(request.Fire(RecordGovernmentDecision, Staff.OfficeReviewer, s_thirdReview, decision: decision));
        Assert.Equal(FinalReview, request.Status);
        Assert.Equal(decision, request.GovernmentDecision);
        Assert.Null(request.PublishedAt);
        Assert.Null(request.Fire(FinalApprove, Staff.OfficeReviewer, s_fourthReview, "发布"));

        Assert.Equal(Published, request.Status);
        Assert.Equal(s_fourthReview, request.PublishedAt);
        Assert.Null(request.ConfirmedAt);
        Assert.Equal(decision, request.GovernmentDecision);
        Assert.Equal(5, request.Steps.Count);
        AssertStep(
            request.Steps[2],
            Approve,
            OfficeReview,
            AwaitingGovernmentDecision,
            Staff.OfficeReviewer,
            s_firstReview,
            "同意，报政府审定");
        AssertStep(
            request.Steps[3],
            RecordGovernmentDecision,
            AwaitingGovernmentDecision,
            FinalReview,
            Staff.OfficeReviewer,
            s_thirdReview,
            null);
        AssertStep(request.Steps[4], FinalApprove, FinalReview, Published, Staff.OfficeReviewer, s_fourthReview, "发布");
    }

    [Fact]
    public void Returned_request_is_resubmitted()
    {
        var request = RequestPaths.New(ChangeKind.Suspend, basisChanged: false);
        Assert.Null(request.Fire(Edit, Staff.Officer, s_edited));
        Assert.Null(request.Fire(Submit, Staff.Lead, s_submitted));

        Assert.Null(request.Fire(Return, Staff.OfficeReviewer, s_firstReview, " 请补充近三年办件统计 "));
        Assert.Equal(Returned, request.Status);
        Assert.Null(request.Fire(Edit, Staff.Officer, s_secondReview));
        request.Revise(ChangeReason.NoCasesForThreeYears, "2023年至2025年无办件", null);
        Assert.Equal(Returned, request.Status);
        Assert.Null(request.Fire(Submit, Staff.Lead, s_thirdReview));
        Assert.Equal(OfficeReview, request.Status);
        Assert.Null(request.Fire(Approve, Staff.OfficeReviewer, s_fourthReview));

        Assert.Equal(Published, request.Status);
        Assert.Equal(s_fourthReview, request.PublishedAt);
        Assert.Equal("2023年至2025年无办件", request.Explanation);
        Assert.Equal(6, request.Steps.Count);
        AssertStep(request.Steps[2], Return, OfficeReview, Returned, Staff.OfficeReviewer, s_firstReview, "请补充近三年办件统计");
        AssertStep(request.Steps[3], Edit, Returned, Returned, Staff.Officer, s_secondReview, null);
        AssertStep(request.Steps[4], Submit, Returned, OfficeReview, Staff.Lead, s_thirdReview, null);
        AssertStep(request.Steps[5], Approve, OfficeReview, Published, Staff.OfficeReviewer, s_fourthReview, null);
    }

    [Fact]
    public void Basis_found_changed_after_return()
    {
        var request = RequestPaths.New(ChangeKind.ElementChange, basisChanged: false);
        Assert.Null(request.Fire(Edit, Staff.Officer, s_edited));
        Assert.Null(request.Fire(Submit, Staff.Lead, s_submitted));
        Assert.Null(request.Fire(Return, Staff.OfficeReviewer, s_firstReview, "实施依据已修订，请先报法制办审查"));

        request.BasisChanged = true;
        Assert.Null(request.Fire(Submit, Staff.Lead, s_secondReview));

        Assert.Equal(LegalReview, request.Status);
        AssertStep(request.Steps[^1], Submit, Returned, LegalReview, Staff.Lead, s_secondReview, null);
    }

    [Fact]
    public void Resume_confirmed_then_published()
    {
        var request = RequestPaths.New(ChangeKind.Resume, basisChanged: false);
        Assert.Null(request.Fire(Edit, Staff.Officer, s_edited));
        Assert.Null(request.Fire(Submit, Staff.Lead, s_submitted));

        Assert.Null(request.Fire(Approve, Staff.OfficeReviewer, s_firstReview, "同意恢复"));

        Assert.Equal(FinalReview, request.Status);
        Assert.Equal(s_firstReview, request.ConfirmedAt);
        Assert.Null(request.PublishedAt);
        Assert.Null(request.GovernmentDecision);

        Assert.Null(request.Fire(FinalApprove, Staff.OfficeReviewer, s_secondReview));

        Assert.Equal(Published, request.Status);
        Assert.Equal(s_firstReview, request.ConfirmedAt);
        Assert.Equal(s_secondReview, request.PublishedAt);
        Assert.Null(request.GovernmentDecision);
        AssertStep(request.Steps[2], Approve, OfficeReview, FinalReview, Staff.OfficeReviewer, s_firstReview, "同意恢复");
        AssertStep(request.Steps[3], FinalApprove, FinalReview, Published, Staff.OfficeReviewer, s_secondReview, null);
    }

    [Fact]
    public void Withdrawn_after_return_is_final()
    {
        var request = RequestPaths.New(ChangeKind.Cancel, basisChanged: true);
        Assert.Null(request.Fire(Edit, Staff.Officer, s_edited));
        Assert.Null(request.Fire(Submit, Staff.Lead, s_submitted));
        Assert.Null(request.Fire(Return, Staff.LegalReviewer, s_firstReview, "上位法未取消该事项"));

        Assert.Null(request.Fire(Withdraw, Staff.Lead, s_secondReview));
        var resubmit = request.Fire(Submit, Staff.Lead, s_thirdReview);

        Assert.Equal(Withdrawn, request.Status);
        Assert.Equal(new ChangeError.StepNotAllowed(Withdrawn, Submit), resubmit);
        Assert.Equal(4, request.Steps.Count);
        Assert.Null(request.PublishedAt);
    }

    private static void AssertStep(
        ChangeStep step,
        ChangeTrigger trigger,
        ChangeStatus from,
        ChangeStatus to,
        WorkflowActor actor,
        DateTimeOffset at,
        string? opinion)
    {
        Assert.Equal(trigger, step.Trigger);
        Assert.Equal(from, step.From);
        Assert.Equal(to, step.To);
        Assert.Equal(actor.AccountId, step.AccountId);
        Assert.Equal(actor.Name, step.ActorName);
        Assert.Equal(actor.Scope.Role, step.Role);
        Assert.Equal(at, step.At);
        Assert.Equal(opinion, step.Opinion);
    }
}
