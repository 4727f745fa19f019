using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Feedback;
using Zhengwu.Infrastructure.Feedback;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Feedback;

/// <summary>Answers racing on the same record, and the published list in pages, through the portal's services.</summary>
public abstract class FeedbackDeskTests(FeedbackPortalFixture portal)
{
    [Fact]
    public async Task Simultaneous_answers_save_exactly_one()
    {
        var number = await ReceiveAsync("同时答复");
        var department = await portal.DepartmentIdAsync(await portal.ItemDepartmentAsync());
        var first = new ContentActor(Guid.NewGuid(), "first", new StaffScope(StaffRole.ContentOfficer, department, "620100"), null);
        var second = new ContentActor(Guid.NewGuid(), "second", new StaffScope(StaffRole.DepartmentLead, department, "620100"), null);

        var results = await Task.WhenAll(AnswerAsync(first, number, "第一份答复。"), AnswerAsync(second, number, "第二份答复。"));

        Assert.Single(results, result => result.Outcome == DeskOutcome.Done);
        Assert.Single(results, result => result.Outcome == DeskOutcome.Conflict);
        var winner = results.Single(result => result.Outcome == DeskOutcome.Done).Record!;
        var record = await portal.RecordAsync(number);
        Assert.Equal(winner.Answer, record.Answer);
        Assert.Equal(2, record.Version);
    }

    [Fact]
    public async Task Published_list_pages_newest_first()
    {
        var older = await ReceiveAsync("分页较早");
        var newer = await ReceiveAsync("分页较晚");
        var (lead, _) = await portal.SignInStaffAsync(StaffRole.DepartmentLead, await portal.ItemDepartmentAsync());
        using var _1 = lead;
        await lead.AnswerAsync(older, "较早的答复。", publish: true);
        await lead.AnswerAsync(newer, "较晚的答复。", publish: true);

        var first = await portal.GetJsonAsync($"/api/v1/feedback?item={FeedbackPortalFixture.ItemCode}&pageSize=1");
        var second = await portal.GetJsonAsync($"/api/v1/feedback?item={FeedbackPortalFixture.ItemCode}&pageSize=1&page=2");
        var other = await portal.GetJsonAsync("/api/v1/feedback?item=620100-XK-00004");

        var total = first.Root.GetProperty("total").GetInt32();
        Assert.True(total >= 2);
        Assert.Equal(newer, first.Root.GetProperty("items")[0].GetProperty("number").GetString());
        Assert.Equal(older, second.Root.GetProperty("items")[0].GetProperty("number").GetString());
        Assert.Equal(2, second.Root.GetProperty("page").GetInt32());
        Assert.DoesNotContain(other.Root.GetProperty("items").EnumerateArray(), item => item.GetProperty("number").GetString() is var number && (number == older || number == newer));
    }

    private async Task<string> ReceiveAsync(string subject)
    {
        using var applicant = await portal.SignInApplicantAsync();

        return (await applicant.Browser.SendAsync(FeedbackSteps.Inquiry(subject, "请问办理需要哪些材料？"))).Number();
    }

    private Task<DeskResult> AnswerAsync(ContentActor actor, string number, string answer) => portal.WithScopeAsync(services =>
        services.GetRequiredService<FeedbackDesk>().AnswerAsync(actor, number, 1, answer, publish: false, TestContext.Current.CancellationToken));
}

public sealed class SqliteFeedbackDeskTests(SqliteFeedbackPortalFixture portal)
    : FeedbackDeskTests(portal), IClassFixture<SqliteFeedbackPortalFixture>;

public sealed class PostgresFeedbackDeskTests(PostgresFeedbackPortalFixture portal)
    : FeedbackDeskTests(portal), IClassFixture<PostgresFeedbackPortalFixture>;
