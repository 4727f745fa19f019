using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

/// <summary>
/// Accounts whose role changed: an account that edited or submitted a request as department staff must not review
/// that request after it becomes a reviewer.
/// </summary>
public class ChangeRequestOwnRequestTests
{
    private const string ToFinalReview = "Edit > Submit > Approve > RecordGovernmentDecision";

    private static readonly DateTimeOffset s_at = new(2026, 3, 10, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ChangeKind.Add, true, "Edit > Submit", ChangeTrigger.ConfirmLegalBasis)]
    [InlineData(ChangeKind.Add, true, "Edit > Submit", ChangeTrigger.Return)]
    [InlineData(ChangeKind.Add, false, "Edit > Submit", ChangeTrigger.Approve)]
    [InlineData(ChangeKind.Add, false, "Edit > Submit", ChangeTrigger.Return)]
    [InlineData(ChangeKind.Add, false, "Edit > Submit > Approve", ChangeTrigger.RecordGovernmentDecision)]
    [InlineData(ChangeKind.Add, false, "Edit > Submit > Approve", ChangeTrigger.Return)]
    [InlineData(ChangeKind.Add, false, ToFinalReview, ChangeTrigger.FinalApprove)]
    [InlineData(ChangeKind.Add, false, ToFinalReview, ChangeTrigger.Return)]
    [InlineData(ChangeKind.Resume, true, "Edit > Submit > ConfirmLegalBasis > Approve", ChangeTrigger.FinalApprove)]
    [InlineData(ChangeKind.Suspend, true, "Edit > Submit > ConfirmLegalBasis", ChangeTrigger.Approve)]
    public void Former_editor_cannot_review(ChangeKind kind, bool basisChanged, string path, ChangeTrigger trigger)
    {
        var request = RequestPaths.Walk(kind, basisChanged, path);
        var reviewer = AsReviewer(Staff.Officer, request.Status, trigger);

        AssertOwnRequest(request, reviewer, trigger);
    }

    [Theory]
    [InlineData(ChangeKind.Cancel, true, "Edit > Submit", ChangeTrigger.ConfirmLegalBasis)]
    [InlineData(ChangeKind.Cancel, true, "Edit > Submit", ChangeTrigger.Return)]
    [InlineData(ChangeKind.Cancel, true, "Edit > Submit > ConfirmLegalBasis", ChangeTrigger.Approve)]
    [InlineData(ChangeKind.Cancel, false, "Edit > Submit > Approve", ChangeTrigger.RecordGovernmentDecision)]
    [InlineData(ChangeKind.Cancel, false, ToFinalReview, ChangeTrigger.FinalApprove)]
    [InlineData(ChangeKind.ElementChange, false, "Edit > Submit", ChangeTrigger.Return)]
    public void Former_submitter_cannot_review(ChangeKind kind, bool basisChanged, string path, ChangeTrigger trigger)
    {
        var request = RequestPaths.Walk(kind, basisChanged, path);
        var reviewer = AsReviewer(Staff.Lead, request.Status, trigger);

        AssertOwnRequest(request, reviewer, trigger);
    }

    [Fact]
    public void Edit_before_return_still_counts()
    {
        var secondOfficer = new WorkflowActor(
            Guid.Parse("00000000-0000-0000-0003-000000000001"),
            "赵磊",
            Staff.Officer.Scope);
        var request = RequestPaths.New(ChangeKind.ElementChange, false);
        Assert.Null(request.Fire(ChangeTrigger.Edit, Staff.Officer, s_at));
        Assert.Null(request.Fire(ChangeTrigger.Submit, Staff.Lead, s_at));
        Assert.Null(request.Fire(ChangeTrigger.Return, Staff.OfficeReviewer, s_at, "请补充依据"));
        Assert.Null(request.Fire(ChangeTrigger.Edit, secondOfficer, s_at));
        Assert.Null(request.Fire(ChangeTrigger.Submit, Staff.Lead, s_at));
        var reviewer = AsReviewer(Staff.Officer, request.Status, ChangeTrigger.Approve);

        AssertOwnRequest(request, reviewer, ChangeTrigger.Approve);
    }

    [Fact]
    public void Editor_may_submit_as_lead()
    {
        var request = RequestPaths.Walk(ChangeKind.Add, false, "Edit");
        var lead = new WorkflowActor(Staff.Officer.AccountId, Staff.Officer.Name, Staff.Lead.Scope);

        var error = request.Fire(ChangeTrigger.Submit, lead, s_at);

        Assert.Null(error);
        Assert.Equal(ChangeStatus.OfficeReview, request.Status);
    }

    [Fact]
    public void Returning_reviewer_may_review_again()
    {
        var request = RequestPaths.Walk(ChangeKind.Suspend, false, "Edit > Submit > Return > Edit > Submit");

        var error = request.Fire(ChangeTrigger.Approve, Staff.OfficeReviewer, s_at);

        Assert.Null(error);
        Assert.Equal(ChangeStatus.Published, request.Status);
    }

    [Fact]
    public void Legal_reviewer_may_review_as_office()
    {
        var request = RequestPaths.Walk(ChangeKind.Suspend, true, "Edit > Submit > ConfirmLegalBasis");
        var reviewer = new WorkflowActor(
            Staff.LegalReviewer.AccountId,
            Staff.LegalReviewer.Name,
            Staff.OfficeReviewer.Scope);

        var error = request.Fire(ChangeTrigger.Approve, reviewer, s_at);

        Assert.Null(error);
        Assert.Equal(ChangeStatus.Published, request.Status);
    }

    [Fact]
    public void Own_request_message()
    {
        var request = RequestPaths.Walk(ChangeKind.Add, false, "Edit > Submit");

        var reviewer = AsReviewer(Staff.Officer, request.Status, ChangeTrigger.Approve);

        var error = request.Fire(ChangeTrigger.Approve, reviewer, s_at);

        Assert.Equal("您起草或提交过该申请，不能审核自己的申请。", error?.Message);
    }

    /// <summary>Returns the same account after its role changed to the reviewer who takes the step.</summary>
    private static WorkflowActor AsReviewer(WorkflowActor staff, ChangeStatus status, ChangeTrigger trigger)
    {
        var reviewer = Staff.WalkerFor(WorkflowRules.Taker(status, trigger));

        return new WorkflowActor(staff.AccountId, staff.Name, reviewer.Scope);
    }

    private static void AssertOwnRequest(ChangeRequest request, WorkflowActor reviewer, ChangeTrigger trigger)
    {
        var status = request.Status;
        var stepCount = request.Steps.Count;
        var decision = request.GovernmentDecision;
        var confirmedAt = request.ConfirmedAt;

        var error = request.Fire(trigger, reviewer, s_at, "同意", RequestPaths.Decision);

        Assert.Equal(new ChangeError.OwnRequest(), error);
        Assert.Equal(status, request.Status);
        Assert.Equal(stepCount, request.Steps.Count);
        Assert.Equal(decision, request.GovernmentDecision);
        Assert.Equal(confirmedAt, request.ConfirmedAt);
        Assert.Null(request.PublishedAt);
    }
}
