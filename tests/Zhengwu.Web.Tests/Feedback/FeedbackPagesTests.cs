using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Feedback;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Feedback;

/// <summary>
/// Inquiries and complaints through the public pages, the staff desk and the API. Expected limits are counted
/// by hand on data/calendar/working-calendar.csv.
/// </summary>
public abstract class FeedbackPagesTests(FeedbackPortalFixture portal)
{
    private const string Subject = "节能审查要多久";
    private const string Question = "请问固定资产投资项目节能审查一般需要几个工作日？";
    private const string Reply = "自受理之日起20个工作日内出具审查意见。";

    [Fact]
    public async Task Published_inquiry_appears_without_identity()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var receipt = await applicant.Browser.SendAsync([.. FeedbackSteps.Inquiry(Subject, Question), ("Contact", "联系人王五 " + applicant.Phone)]);
        var number = receipt.Number();
        var (lead, leadName) = await portal.SignInStaffAsync(StaffRole.DepartmentLead, await portal.ItemDepartmentAsync());
        using var _ = lead;

        var answered = await lead.AnswerAsync(number, Reply, publish: true);

        answered.RequireRedirect($"/staff/feedback/{number}?done=published");
        var list = await applicant.Browser.GetAsync("/feedback");
        var item = await applicant.Browser.GetAsync($"/approvals/items/{FeedbackPortalFixture.ItemCode}");
        var api = await portal.GetJsonAsync("/api/v1/feedback");
        var entry = list.Document.QuerySelectorAll(".published-feedback li").Single(li => li.TextContent.Contains(number, StringComparison.Ordinal));
        Assert.Equal(Subject, entry.QuerySelector("h3")?.TextContent);
        Assert.Equal(Question, entry.QuerySelector(".feedback-content")?.TextContent);
        Assert.EndsWith(Reply, entry.QuerySelector(".feedback-answer")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(Reply, item.Document.QuerySelector(".common-questions")?.TextContent, StringComparison.Ordinal);
        var published = api.Root.GetProperty("items").EnumerateArray().Single(json => json.GetProperty("number").GetString() == number);
        Assert.Equal(Reply, published.GetProperty("answer").GetString());
        foreach (var text in new[] { list.Html, item.Html, api.Body })
        {
            Assert.DoesNotContain(applicant.Phone, text, StringComparison.Ordinal);
            Assert.DoesNotContain("王五", text, StringComparison.Ordinal);
            Assert.DoesNotContain(applicant.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(leadName, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Own_records_show_the_answer()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = (await applicant.Browser.SendAsync(FeedbackSteps.Inquiry(Subject, Question))).Number();
        var (officer, _) = await portal.SignInStaffAsync(StaffRole.ContentOfficer, await portal.ItemDepartmentAsync());
        using var __ = officer;
        await officer.AnswerAsync(number, Reply, publish: true);

        var own = await applicant.Browser.GetAsync("/account/feedback");
        var list = await applicant.Browser.GetAsync("/feedback");

        var entry = own.Document.QuerySelectorAll(".own-feedback li").Single(li => li.TextContent.Contains(number, StringComparison.Ordinal));
        Assert.Equal("已答复", entry.QuerySelector(".feedback-state")?.TextContent);
        Assert.EndsWith(Reply, entry.QuerySelector(".feedback-answer")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(number, list.Html, StringComparison.Ordinal);
        Assert.True((await portal.RecordAsync(number)).PublicationProposed);
    }

    [Fact]
    public async Task Anonymous_complaint_tracked_with_number_and_code()
    {
        using var browser = portal.CreateBrowser();
        var market = await portal.DepartmentIdAsync(AccountPortalFixture.MarketDepartment);

        var receipt = await browser.SendAsync(FeedbackSteps.Complaint(market, "窗口推诿", "三次前往均被告知材料不全，未一次性告知。"));
        var number = receipt.Number();
        var code = receipt.Document.QuerySelector(".query-code")?.TextContent ?? "";
        var tracked = await browser.SubmitAsync("/feedback/track", ("Number", number), ("QueryCode", code.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.OK, receipt.Status);
        Assert.Contains("no-store", receipt.CacheControl, StringComparison.Ordinal);
        Assert.Matches("^TS-[0-9]{8}-[0-9]{4}$", number);
        Assert.Matches("^[A-HJ-NP-Z2-9]{12}$", code);
        Assert.Equal(HttpStatusCode.OK, tracked.Status);
        Assert.Equal("已受理，待答复", tracked.Document.QuerySelector(".feedback-state")?.TextContent);
        var record = await portal.RecordAsync(number);
        Assert.Null(record.AccountId);
        Assert.Null(record.ProtectedContact);
        Assert.Equal(64, record.QueryCodeHash?.Length);
        Assert.DoesNotContain(code, record.QueryCodeHash!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_query_code_is_not_found()
    {
        using var browser = portal.CreateBrowser();
        var market = await portal.DepartmentIdAsync(AccountPortalFixture.MarketDepartment);
        var number = (await browser.SendAsync(FeedbackSteps.Complaint(market, "乱收费", "办理时被收取不明费用。"))).Number();
        var deniedBefore = await portal.DenialsAsync(null);

        var wrong = await browser.SubmitAsync("/feedback/track", ("Number", number), ("QueryCode", "AAAAAAAAAAAA"));

        Assert.Equal(HttpStatusCode.NotFound, wrong.Status);
        Assert.DoesNotContain("乱收费", wrong.Html, StringComparison.Ordinal);
        Assert.Equal(deniedBefore + 1, await portal.DenialsAsync(null));
    }

    [Fact]
    public async Task Anonymous_inquiry_is_refused()
    {
        using var browser = portal.CreateBrowser();
        var before = (await portal.RecordsAsync()).Count;

        var refused = await browser.SendAsync(FeedbackSteps.Inquiry(Subject, Question));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("咨询需要登录后提交，只有投诉举报可以匿名提交。", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, (await portal.RecordsAsync()).Count);
    }

    [Fact]
    public async Task Double_submit_creates_one_record()
    {
        using var browser = portal.CreateBrowser();
        var market = await portal.DepartmentIdAsync(AccountPortalFixture.MarketDepartment);
        var form = await browser.GetAsync("/feedback/new");
        var before = (await portal.RecordsAsync()).Count;
        (string, string)[] fields = [.. FeedbackSteps.Complaint(market, "重复提交", "同一表单提交两次。"), .. FeedbackSteps.FormFields(form)];

        var first = await browser.PostAsync("/feedback/new", fields);
        var second = await browser.PostAsync("/feedback/new", fields);

        Assert.Equal(first.Number(), second.Number());
        Assert.Equal(
            first.Document.QuerySelector(".query-code")?.TextContent,
            second.Document.QuerySelector(".query-code")?.TextContent);
        Assert.Equal(before + 1, (await portal.RecordsAsync()).Count);
    }

    [Fact]
    public async Task Overlong_content_is_refused_and_nothing_stored()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var before = (await portal.RecordsAsync()).Count;

        var refused = await applicant.Browser.SendAsync(FeedbackSteps.Inquiry(Subject, new string('问', 2001)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("内容不能超过2000个字符，现有2001个字符，请删减后再提交。", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, (await portal.RecordsAsync()).Count);
    }

    [Fact]
    public async Task Other_department_gets_not_found_and_one_denial()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = (await applicant.Browser.SendAsync(FeedbackSteps.Inquiry(Subject, Question))).Number();
        var (legal, legalName) = await portal.SignInStaffAsync(StaffRole.DepartmentLead, FeedbackPortalFixture.LegalOffice);
        using var _ = legal;
        var ownList = await legal.GetAsync("/staff/feedback");
        var deniedBefore = await portal.DenialsAsync(legalName);

        var page = await legal.GetAsync($"/staff/feedback/{number}");
        var afterPage = await portal.DenialsAsync(legalName);
        var post = await legal.PostAsync(
            $"/staff/feedback/{number}?handler=Answer",
            (FeedbackSteps.TokenField, ownList.FormToken ?? (await legal.GetAsync("/staff")).FormToken!),
            ("Version", "1"),
            ("Answer", "越权答复"),
            ("Publish", "true"));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(deniedBefore + 1, afterPage);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(afterPage + 1, await portal.DenialsAsync(legalName));
        Assert.DoesNotContain(number, ownList.Html, StringComparison.Ordinal);
        var record = await portal.RecordAsync(number);
        Assert.Equal(FeedbackState.Received, record.State);
        Assert.Null(record.Answer);
    }

    [Fact]
    public async Task Work_list_shows_own_department_with_days_left()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var fresh = (await applicant.Browser.SendAsync(FeedbackSteps.Inquiry("新咨询", Question))).Number();
        var old = (await applicant.Browser.SendAsync(FeedbackSteps.Inquiry("国庆前咨询", Question))).Number();

        // Received Wednesday 2026-09-30 10:00 in Beijing; 10-01 to 10-07 are 国庆节 and Saturday 10-10 is worked,
        // so the three working days are 10-08, 10-09 and 10-10.
        await portal.SetReceivedAtAsync(old, new DateTimeOffset(2026, 9, 30, 2, 0, 0, TimeSpan.Zero));
        var legal = await portal.DepartmentIdAsync(FeedbackPortalFixture.LegalOffice);
        var elsewhere = (await applicant.Browser.SendAsync(FeedbackSteps.Complaint(legal, "法制办投诉", "答复不及时。"))).Number();
        var (officer, _) = await portal.SignInStaffAsync(StaffRole.ContentOfficer, await portal.ItemDepartmentAsync());
        using var __ = officer;

        var list = await officer.GetAsync("/staff/feedback");
        var overdue = await officer.GetAsync("/staff/feedback?due=Overdue");

        var rows = list.Document.QuerySelectorAll("table.feedback-work tbody tr")
            .ToDictionary(row => row.QuerySelector("td")!.TextContent, row => row);
        Assert.DoesNotContain(elsewhere, rows.Keys);
        // Received today: no working day is counted yet, so all three remain.
        Assert.Equal("3", rows[fresh].QuerySelector(".days-left")?.TextContent);
        Assert.StartsWith("已超期", rows[old].QuerySelector(".time-left")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("应于 2026-10-10 前答复", rows[old].QuerySelector(".time-left")?.TextContent, StringComparison.Ordinal);
        var overdueNumbers = overdue.Document.QuerySelectorAll("table.feedback-work tbody tr td:first-child").Select(cell => cell.TextContent).ToList();
        Assert.Contains(old, overdueNumbers);
        Assert.DoesNotContain(fresh, overdueNumbers);
    }

    [Fact]
    public async Task Second_concurrent_answer_gets_conflict()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = (await applicant.Browser.SendAsync(FeedbackSteps.Inquiry(Subject, Question))).Number();
        var department = await portal.ItemDepartmentAsync();
        var (officer, officerName) = await portal.SignInStaffAsync(StaffRole.ContentOfficer, department);
        var (lead, leadName) = await portal.SignInStaffAsync(StaffRole.DepartmentLead, department);
        using var _1 = officer;
        using var _2 = lead;
        var officerPage = await officer.GetAsync($"/staff/feedback/{number}");
        var leadPage = await lead.GetAsync($"/staff/feedback/{number}");

        var first = await officer.PostAnswerAsync(number, officerPage, "专人的答复。", publish: false);
        var second = await lead.PostAnswerAsync(number, leadPage, "领导的答复。", publish: true);

        first.RequireRedirect($"/staff/feedback/{number}?done=answered");
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.StartsWith($"{officerName} 已于 ", second.Error, StringComparison.Ordinal);
        Assert.EndsWith("您的操作未保存。请阅读下方的现有答复。", second.Error, StringComparison.Ordinal);
        var record = await portal.RecordAsync(number);
        Assert.Equal("专人的答复。", record.Answer);
        Assert.Equal(FeedbackState.Answered, record.State);
        var failed = (await portal.AuditRecordsAsync(number)).Single(entry => entry.AccountName == leadName && entry.Action == AuditActions.FeedbackAnswered);
        Assert.Equal(AuditResult.Failed, failed.Result);
        Assert.Equal("并发修改，未保存", failed.Detail);
    }

    [Fact]
    public async Task Every_step_is_audited()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = (await applicant.Browser.SendAsync([.. FeedbackSteps.Inquiry(Subject, Question), ("Contact", applicant.Phone)])).Number();
        var department = await portal.ItemDepartmentAsync();
        var (officer, officerName) = await portal.SignInStaffAsync(StaffRole.ContentOfficer, department);
        var (lead, leadName) = await portal.SignInStaffAsync(StaffRole.DepartmentLead, department);
        using var _1 = officer;
        using var _2 = lead;

        await officer.AnswerAsync(number, Reply, publish: true);
        var publishPage = await lead.GetAsync($"/staff/feedback/{number}");
        var published = await lead.PostAsync(
            $"/staff/feedback/{number}?handler=Publish",
            (FeedbackSteps.TokenField, publishPage.FormToken!),
            ("Version", publishPage.Document.QuerySelector(".publish-form input[name=Version]")!.GetAttribute("value")!));

        published.RequireRedirect($"/staff/feedback/{number}?done=published");
        var records = await portal.AuditRecordsAsync(number);
        Assert.Equal(
            [
                AuditActions.FeedbackReceived,
                AuditActions.PersonalDataRead,
                AuditActions.FeedbackAnswered,
                AuditActions.PersonalDataRead,
                AuditActions.FeedbackPublished,
            ],
            records.Select(record => record.Action));
        Assert.Equal([officerName, officerName, leadName, leadName], records.Skip(1).Select(record => record.AccountName));
        Assert.DoesNotContain(records, record => record.Detail?.Contains(applicant.Phone, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Bad_page_numbers_are_rejected()
    {
        var page = await portal.GetPageAsync("/feedback?page=0");
        var api = await portal.GetJsonAsync("/api/v1/feedback?page=abc&pageSize=101");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("页码“0”无效：应为1到100000之间的整数。", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.Status);
        Assert.Equal("application/problem+json", api.MediaType);
        Assert.Equal("page“abc”无效：应为1到100000之间的整数。", api.Root.GetProperty("errors").GetProperty("page")[0].GetString());
        Assert.Equal("pageSize“101”无效：应为1到100之间的整数。", api.Root.GetProperty("errors").GetProperty("pageSize")[0].GetString());
    }

    [Fact]
    public async Task Api_is_in_the_OpenAPI_document()
    {
        var document = await portal.GetJsonAsync("/openapi/v1.json");

        var operation = document.Root.GetProperty("paths").GetProperty("/api/v1/feedback").GetProperty("get");
        var parameters = operation.GetProperty("parameters").EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["item", "page", "pageSize"], parameters);
        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _));
    }
}

public sealed class SqliteFeedbackPagesTests(SqliteFeedbackPortalFixture portal)
    : FeedbackPagesTests(portal), IClassFixture<SqliteFeedbackPortalFixture>;

public sealed class PostgresFeedbackPagesTests(PostgresFeedbackPortalFixture portal)
    : FeedbackPagesTests(portal), IClassFixture<PostgresFeedbackPortalFixture>;
