using Zhengwu.Domain.Feedback;

namespace Zhengwu.Domain.Tests.Feedback;

public class FeedbackRulesTests
{
    [Fact]
    public void Valid_request_has_no_problems()
    {
        var request = new FeedbackRequest(FeedbackKind.Complaint, true, "窗口推诿", "多次前往均被告知材料不全。", null);

        Assert.Empty(FeedbackRules.Check(request));
    }

    [Fact]
    public void Anonymous_inquiry_is_refused()
    {
        var request = new FeedbackRequest(FeedbackKind.Inquiry, true, "办理时间", "几天办结？", null);

        Assert.Equal(["咨询需要登录后提交，只有投诉举报可以匿名提交。请登录或注册账户后再提交咨询。"], FeedbackRules.Check(request));
    }

    [Fact]
    public void Limits_name_the_field_and_the_limit()
    {
        var request = new FeedbackRequest(
            FeedbackKind.Inquiry, false, new string('题', 101), new string('问', 2001), new string('1', 51));

        Assert.Equal(
            [
                "标题不能超过100个字符，现有101个字符，请删减后再提交。",
                "内容不能超过2000个字符，现有2001个字符，请删减后再提交。",
                "联系方式不能超过50个字符，现有51个字符，请删减后再提交。",
            ],
            FeedbackRules.Check(request));
    }

    [Fact]
    public void Limits_count_after_trimming()
    {
        var request = new FeedbackRequest(FeedbackKind.Inquiry, false, "  " + new string('题', 100) + "\n", "问", null);

        Assert.Empty(FeedbackRules.Check(request));
    }

    [Fact]
    public void Missing_subject_and_content_are_named()
    {
        var request = new FeedbackRequest(FeedbackKind.Complaint, false, " ", null, null);

        Assert.Equal(["标题不能为空，请填写后再提交。", "内容不能为空，请填写后再提交。"], FeedbackRules.Check(request));
    }

    [Fact]
    public void Control_characters_are_refused()
    {
        var request = new FeedbackRequest(FeedbackKind.Complaint, false, "标题", "内容\0结尾", null);

        Assert.Equal(["内容含有不可显示的控制字符，请删除后再提交。"], FeedbackRules.Check(request));
    }

    [Theory]
    [InlineData("ZX-20261205-0001", true)]
    [InlineData("TS-20261205-12345", true)]
    [InlineData("XX-20261205-0001", false)]
    [InlineData("ZX-2026125-0001", false)]
    [InlineData("ZX20261205-00011", false)]
    [InlineData("", false)]
    public void Tracking_number_shape(string text, bool expected) =>
        Assert.Equal(expected, FeedbackNumber.IsWellFormed(text));

    [Fact]
    public void Tracking_number_uses_the_China_date()
    {
        // 2026-12-04 16:30 UTC is 2026-12-05 00:30 in Beijing.
        var prefix = FeedbackNumber.DayPrefix(FeedbackKind.Complaint, new DateTimeOffset(2026, 12, 4, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal("TS-20261205-0001", FeedbackNumber.Format(prefix, 1));
    }
}
