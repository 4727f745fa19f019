using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Feedback;
using static Zhengwu.Domain.Tests.Feedback.FeedbackSamples;

namespace Zhengwu.Domain.Tests.Feedback;

/// <summary>Received → answered → published, who may take each step, and the refusals in between.</summary>
public class FeedbackRecordTests
{
    private static readonly DateTimeOffset s_received = Beijing("2026-09-14 09:00");
    private static readonly DateTimeOffset s_answered = Beijing("2026-09-15 10:30");

    [Fact]
    public void Answer_records_staff_department_and_time()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);

        var refusal = record.AnswerWith(Officer, "  一般3个工作日内办结。\r\n", false, s_answered);

        Assert.Null(refusal);
        Assert.Equal(FeedbackState.Answered, record.State);
        Assert.Equal("一般3个工作日内办结。", record.Answer);
        Assert.Equal(Officer.Id, record.AnsweredById);
        Assert.Equal("officer", record.AnsweredByName);
        Assert.Equal(MarketId, record.AnsweredByDepartmentId);
        Assert.Equal(Market, record.AnsweredByDepartmentName);
        Assert.Equal(s_answered, record.AnsweredAt);
        Assert.Equal(2, record.Version);
    }

    [Fact]
    public void Lead_publishes_with_the_answer()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);

        Assert.Null(record.AnswerWith(Lead, "一般3个工作日内办结。", true, s_answered));

        Assert.Equal(FeedbackState.Published, record.State);
        Assert.Equal(s_answered, record.PublishedAt);
        Assert.Equal("lead", record.PublishedByName);
        Assert.False(record.PublicationProposed);
    }

    [Fact]
    public void Officer_only_proposes_publication()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);

        Assert.Null(record.AnswerWith(Officer, "一般3个工作日内办结。", true, s_answered));

        Assert.Equal(FeedbackState.Answered, record.State);
        Assert.True(record.PublicationProposed);
        Assert.Null(record.PublishedAt);
    }

    [Fact]
    public void Officer_may_not_publish()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);
        record.AnswerWith(Officer, "一般3个工作日内办结。", true, s_answered);

        var refusal = record.Publish(Officer, s_answered);

        Assert.Equal("只有部门分管领导可以决定公开答复；专人可在答复时勾选“建议公开”，由分管领导决定。", refusal?.Message);
        Assert.Equal(FeedbackState.Answered, record.State);
    }

    [Fact]
    public void Lead_publishes_a_proposed_answer()
    {
        var record = Received(FeedbackKind.Complaint, s_received, 10);
        record.AnswerWith(Officer, "已核查。", true, s_answered);

        Assert.Null(record.Publish(Lead, s_answered.AddHours(1)));

        Assert.Equal(FeedbackState.Published, record.State);
        Assert.False(record.PublicationProposed);
        Assert.Equal(3, record.Version);
    }

    [Fact]
    public void Publication_needs_an_answer()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);

        var refusal = record.Publish(Lead, s_answered);

        Assert.Equal("编号 ZX-20260914-0001 尚未答复：公开需要先有答复。", refusal?.Message);
        Assert.Equal(FeedbackState.Received, record.State);
        Assert.Equal(1, record.Version);
    }

    [Fact]
    public void Second_answer_is_refused()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);
        record.AnswerWith(Officer, "第一次答复。", false, s_answered);

        var refusal = record.AnswerWith(Lead, "第二次答复。", false, s_answered);

        Assert.Equal("编号 ZX-20260914-0001 的状态为“已答复”，不能再次答复。", refusal?.Message);
        Assert.Equal("第一次答复。", record.Answer);
    }

    [Fact]
    public void Second_publication_is_refused()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);
        record.AnswerWith(Lead, "答复。", true, s_answered);

        Assert.Equal("编号 ZX-20260914-0001 已经公开。", record.Publish(Lead, s_answered)?.Message);
    }

    [Fact]
    public void Other_department_may_not_answer()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);
        var other = new FeedbackResponder(Guid.NewGuid(), "legal", StaffRole.DepartmentLead, 8, "兰州市人民政府法制办公室");

        var refusal = record.AnswerWith(other, "答复。", true, s_answered);

        Assert.Equal("编号 ZX-20260914-0001 由兰州市市场监督管理局答复，其他部门不能答复。", refusal?.Message);
        Assert.Equal(FeedbackState.Received, record.State);
    }

    [Fact]
    public void Reviewer_role_may_not_answer()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);
        var reviewer = new FeedbackResponder(Guid.NewGuid(), "reviewer", StaffRole.ReviewOfficeReviewer, MarketId, Market);

        Assert.Equal("只有部门分管领导或专人可以答复咨询和投诉。", record.AnswerWith(reviewer, "答复。", false, s_answered)?.Message);
    }

    [Fact]
    public void Empty_or_overlong_answer_is_refused()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);

        Assert.Equal("答复内容不能为空，请填写后再提交。", record.AnswerWith(Officer, "  ", false, s_answered)?.Message);
        Assert.Equal(
            "答复内容不能超过2000个字符，现有2001个字符，请删减后再提交。",
            record.AnswerWith(Officer, new string('答', 2001), false, s_answered)?.Message);
        Assert.Equal(FeedbackState.Received, record.State);
    }

    [Fact]
    public void Permitted_triggers_follow_the_state()
    {
        var record = Received(FeedbackKind.Inquiry, s_received, 3);
        Assert.Equal([FeedbackTrigger.Answer], record.PermittedTriggers());

        record.AnswerWith(Officer, "答复。", false, s_answered);
        Assert.Equal([FeedbackTrigger.Publish], record.PermittedTriggers());

        record.Publish(Lead, s_answered);
        Assert.Empty(record.PermittedTriggers());
    }
}
