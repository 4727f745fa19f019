using System.Globalization;
using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

public class ChangeRequestInputTests
{
    private const string ToOfficeReview = "Edit > Submit";
    private const string ToAwaitingDecision = "Edit > Submit > Approve";
    private const string ToFinalReview = "Edit > Submit > Approve > RecordGovernmentDecision";

    private static readonly DateTimeOffset s_at = new(2026, 3, 10, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, ToOfficeReview, null)]
    [InlineData(true, ToOfficeReview, "")]
    [InlineData(true, ToOfficeReview, "  \t ")]
    [InlineData(false, ToOfficeReview, null)]
    [InlineData(false, ToOfficeReview, "")]
    [InlineData(false, ToAwaitingDecision, "   ")]
    [InlineData(false, ToFinalReview, null)]
    public void Return_requires_opinion(bool basisChanged, string path, string? opinion)
    {
        var request = RequestPaths.Walk(ChangeKind.Merge, basisChanged, path);
        var status = request.Status;
        var reviewer = basisChanged && path == ToOfficeReview ? Staff.LegalReviewer : Staff.OfficeReviewer;

        var error = request.Fire(ChangeTrigger.Return, reviewer, s_at, opinion);

        Assert.Equal(new ChangeError.OpinionRequired(), error);
        Assert.Equal("请填写退回理由，部门将据此修改后重新提交。", error?.Message);
        Assert.Equal(status, request.Status);
        Assert.Equal(path.Split(" > ").Length, request.Steps.Count);
    }

    [Theory]
    [InlineData(ChangeTrigger.Approve)]
    [InlineData(ChangeTrigger.Return)]
    public void Opinion_of_500_is_taken(ChangeTrigger trigger)
    {
        var request = RequestPaths.Walk(ChangeKind.ElementChange, false, ToOfficeReview);
        var opinion = new string('审', 500);

        var error = request.Fire(trigger, Staff.OfficeReviewer, s_at, opinion);

        Assert.Null(error);
        Assert.Equal(opinion, request.Steps[^1].Opinion);
    }

    [Theory]
    [InlineData(ChangeTrigger.Approve)]
    [InlineData(ChangeTrigger.Return)]
    public void Opinion_over_500_is_rejected(ChangeTrigger trigger)
    {
        var request = RequestPaths.Walk(ChangeKind.ElementChange, false, ToOfficeReview);

        var error = request.Fire(trigger, Staff.OfficeReviewer, s_at, new string('审', 501));

        Assert.Equal(new ChangeError.OpinionTooLong(501), error);
        Assert.Equal("意见共 501 个字，超过上限 500 个字，请精简后再提交。", error?.Message);
        Assert.Equal(ChangeStatus.OfficeReview, request.Status);
        Assert.Equal(2, request.Steps.Count);
        Assert.Null(request.PublishedAt);
    }

    [Fact]
    public void Opinion_limit_counts_characters()
    {
        var request = RequestPaths.Walk(ChangeKind.ElementChange, false, ToOfficeReview);

        // U+20BB7 is a CJK Extension B character, used in personal and place names, stored as two UTF-16 units.
        var opinion = string.Concat(Enumerable.Repeat("\U00020BB7", 300));
        var error = request.Fire(ChangeTrigger.Approve, Staff.OfficeReviewer, s_at, opinion);

        Assert.Null(error);
        Assert.Equal(ChangeStatus.Published, request.Status);
    }

    [Fact]
    public void Opinion_is_trimmed()
    {
        var request = RequestPaths.Walk(ChangeKind.Suspend, false, ToOfficeReview);

        var error = request.Fire(ChangeTrigger.Return, Staff.OfficeReviewer, s_at, "\n  请补充办件统计。\t ");

        Assert.Null(error);
        Assert.Equal("请补充办件统计。", request.Steps[^1].Opinion);
    }

    [Fact]
    public void Missing_opinion_is_stored_as_null()
    {
        var request = RequestPaths.Walk(ChangeKind.Suspend, false, ToOfficeReview);

        var error = request.Fire(ChangeTrigger.Approve, Staff.OfficeReviewer, s_at);

        Assert.Null(error);
        Assert.Null(request.Steps[^1].Opinion);
    }

    [Theory]
    [InlineData(null, "兰政发〔2026〕5号", "会议名称")]
    [InlineData("", "兰政发〔2026〕5号", "会议名称")]
    [InlineData("   ", "兰政发〔2026〕5号", "会议名称")]
    [InlineData("兰州市人民政府第12次常务会议", "", "文号")]
    [InlineData("兰州市人民政府第12次常务会议", " \t", "文号")]
    public void Decision_needs_meeting_and_number(string? meeting, string number, string field)
    {
        var request = RequestPaths.Walk(ChangeKind.Delegate, false, ToAwaitingDecision);
        var decision = new GovernmentDecision(meeting!, new DateOnly(2026, 3, 10), number);

        var error = request.Fire(ChangeTrigger.RecordGovernmentDecision, Staff.OfficeReviewer, s_at, null, decision);

        Assert.Equal(new ChangeError.DecisionIncomplete(field), error);
        Assert.Equal($"请填写政府审定的{field}。", error?.Message);
        AssertStillAwaiting(request);
    }

    [Fact]
    public void Decision_is_required()
    {
        var request = RequestPaths.Walk(ChangeKind.Delegate, false, ToAwaitingDecision);

        var error = request.Fire(ChangeTrigger.RecordGovernmentDecision, Staff.OfficeReviewer, s_at);

        Assert.Equal(new ChangeError.DecisionIncomplete("会议名称"), error);
        AssertStillAwaiting(request);
    }

    // Each row is the time the step is taken and the latest decision date it accepts, the date of that time in
    // China Standard Time (UTC+8).
    [Theory]
    [InlineData("2026-03-10T15:59:59+00:00", "2026-03-10")]
    [InlineData("2026-03-10T16:00:00+00:00", "2026-03-11")]
    [InlineData("2026-03-11T00:30:00+08:00", "2026-03-11")]
    [InlineData("2026-03-10T23:30:00-05:00", "2026-03-11")]
    [InlineData("2026-03-10T10:59:00-05:00", "2026-03-10")]
    public void Decision_date_is_China_date(string at, string today)
    {
        var time = DateTimeOffset.Parse(at, CultureInfo.InvariantCulture);
        var date = DateOnly.Parse(today, CultureInfo.InvariantCulture);
        var tomorrow = date.AddDays(1);
        var request = RequestPaths.Walk(ChangeKind.TakeOver, false, ToAwaitingDecision);

        var late = Record(request, time, Decision(tomorrow));

        Assert.Equal(new ChangeError.DecisionInFuture(tomorrow), late);
        AssertStillAwaiting(request);

        var onTime = Record(request, time, Decision(date));

        Assert.Null(onTime);
        Assert.Equal(ChangeStatus.FinalReview, request.Status);
        Assert.Equal(date, request.GovernmentDecision?.Date);
    }

    [Fact]
    public void Future_decision_message()
    {
        var request = RequestPaths.Walk(ChangeKind.TakeOver, false, ToAwaitingDecision);

        var error = Record(request, s_at, Decision(new DateOnly(2026, 3, 12)));

        Assert.Equal("政府审定日期 2026-03-12 晚于今天，请填写会议实际审定的日期。", error?.Message);
    }

    [Fact]
    public void Decision_is_kept_through_return()
    {
        var request = RequestPaths.Walk(ChangeKind.Split, false, ToFinalReview);

        var error = request.Fire(ChangeTrigger.Return, Staff.OfficeReviewer, s_at, "分设后的事项名称有误");

        Assert.Null(error);
        Assert.Equal(ChangeStatus.Returned, request.Status);
        Assert.Equal(RequestPaths.Decision, request.GovernmentDecision);
    }

    private static ChangeError? Record(ChangeRequest request, DateTimeOffset at, GovernmentDecision decision) =>
        request.Fire(ChangeTrigger.RecordGovernmentDecision, Staff.OfficeReviewer, at, null, decision);

    private static GovernmentDecision Decision(DateOnly date) => new("兰州市人民政府第12次常务会议", date, "兰政发〔2026〕5号");

    private static void AssertStillAwaiting(ChangeRequest request)
    {
        Assert.Equal(ChangeStatus.AwaitingGovernmentDecision, request.Status);
        Assert.Equal(3, request.Steps.Count);
        Assert.Null(request.GovernmentDecision);
    }
}
