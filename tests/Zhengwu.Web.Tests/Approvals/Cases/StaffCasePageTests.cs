using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>The staff case page: its forms, the handling department's scope and stale forms.</summary>
public abstract class StaffCasePageTests(CasePortalFixture portal)
{
    private const string ApplyPath = $"/approvals/items/{CasePortalFixture.OpenCode}/apply";
    private const string LegalOffice = "兰州市人民政府法制办公室";

    private static readonly byte[] s_pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

    [Fact]
    public async Task Page_offers_acceptance_forms()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, await ItemDepartmentAsync());

        var page = await officer.GetAsync($"/staff/cases/{number}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("已提交，待受理", page.Document.QuerySelector(".part-state")?.TextContent);
        Assert.Equal("5", page.Document.QuerySelector(".days-left")?.TextContent);
        var forms = page.Document.QuerySelectorAll("form.case-action").Select(form => form.GetAttribute("data-trigger")).ToList();
        Assert.Equal(["Accept", "Reject", "RequestCorrection", "Transfer"], forms);
    }

    [Fact]
    public async Task Decision_forms_are_offered_to_the_lead_only()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var department = await ItemDepartmentAsync();
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, department);
        using var lead = await SignInStaffAsync(StaffRole.DepartmentLead, department);
        var path = $"/staff/cases/{number}";
        var accepted = await officer.SubmitAsync(path, ("trigger", "Accept"), ("Version", "1"));

        var officerPage = await officer.GetAsync(path);
        var leadPage = await lead.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        // The item has no time limit in working days, so no extension can be proposed. Approval and denial need the
        // department lead; special procedures and transfers are open to the content officer too.
        Assert.Equal(["StartSpecialProcedure", "Transfer"], Triggers(officerPage));
        Assert.Equal(["StartSpecialProcedure", "Transfer", "Approve", "Deny"], Triggers(leadPage));
    }

    [Fact]
    public async Task Correction_then_acceptance_through_forms()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, await ItemDepartmentAsync());
        var path = $"/staff/cases/{number}";

        var corrected = await officer.SubmitAsync(
            path,
            ("trigger", "RequestCorrection"),
            ("Version", "1"),
            ("CorrectionIndexes", "1"),
            ("CorrectionProblems[1]", "缺少节能措施章节"));
        var page = await officer.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, corrected.Status);
        Assert.Equal("待补正", page.Document.QuerySelector(".part-state")?.TextContent);
        var saved = await LoadAsync(number);
        var item = Assert.Single(saved.Parts.Single().CorrectionItems);
        Assert.Equal(new CorrectionItem(1, "项目节能报告", "缺少节能措施章节"), item);
        Assert.Equal(["Transfer"], page.Document.QuerySelectorAll("form.case-action").Select(form => form.GetAttribute("data-trigger")));
    }

    [Fact]
    public async Task Stale_form_gets_conflict()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var department = await ItemDepartmentAsync();
        using var first = await SignInStaffAsync(StaffRole.ContentOfficer, department);
        using var second = await SignInStaffAsync(StaffRole.ContentOfficer, department);
        var path = $"/staff/cases/{number}";
        var secondForm = await second.GetAsync(path);

        var accepted = await first.SubmitAsync(path, ("trigger", "Accept"), ("Version", "1"));
        var rejected = await second.PostAsync(
            path,
            ("trigger", "Reject"),
            ("Version", "1"),
            ("Opinion", "不属于本部门"),
            ("__RequestVerificationToken", secondForm.FormToken!));

        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal(HttpStatusCode.OK, rejected.Status);
        Assert.Equal(
            "该办件刚被其他工作人员办理过，您的操作未保存。请刷新页面，查看最新状态后再操作。",
            rejected.Document.QuerySelector("p.error")?.TextContent);
        var saved = await LoadAsync(number);
        Assert.Equal(CaseState.Accepted, saved.State);
        Assert.Equal(2, saved.Steps.Count);
    }

    [Fact]
    public async Task Reason_missing_shows_message()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, await ItemDepartmentAsync());

        var rejected = await officer.SubmitAsync($"/staff/cases/{number}", ("trigger", "Reject"), ("Version", "1"), ("Opinion", "  "));

        Assert.Equal(HttpStatusCode.OK, rejected.Status);
        Assert.Equal("请填写“不予受理”的理由，申请人将看到该理由。", rejected.Document.QuerySelector("p.error")?.TextContent);
        Assert.Equal(CaseState.Submitted, (await LoadAsync(number)).State);
    }

    [Fact]
    public async Task Other_department_gets_not_found()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var (legalId, _) = await DepartmentAsync(LegalOffice);
        var stranger = await CreateStaffAsync(StaffRole.DepartmentLead, legalId);
        using var browser = portal.CreateBrowser();
        await browser.SignInAsync(stranger, portal.NextCode(stranger.AuthenticatorKey));
        var token = (await browser.GetAsync("/staff")).FormToken!;

        var page = await browser.GetAsync($"/staff/cases/{number}");
        var deniedAfterPage = await DenialsAsync(stranger.Id, number);
        var post = await browser.PostAsync(
            $"/staff/cases/{number}",
            ("trigger", "Reject"),
            ("Version", "1"),
            ("Opinion", "不予受理"),
            ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain(number, page.Html, StringComparison.Ordinal);
        Assert.Equal(1, deniedAfterPage);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(2, await DenialsAsync(stranger.Id, number));
        Assert.Equal(CaseState.Submitted, (await LoadAsync(number)).State);
    }

    [Fact]
    public async Task Work_list_shows_own_department()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, await ItemDepartmentAsync());
        using var stranger = await SignInStaffAsync(StaffRole.ContentOfficer, await DepartmentAsync(LegalOffice));
        var path = $"/staff/cases?Item={CasePortalFixture.OpenCode}&State=Submitted";

        var own = await officer.GetAsync(path);
        var other = await stranger.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, own.Status);
        var row = own.Document.QuerySelector($"tr[data-case='{number}']");
        Assert.NotNull(row);
        Assert.Equal("王*", row.QuerySelector(".applicant")?.TextContent);
        Assert.Equal("已提交，待受理", row.QuerySelector(".state")?.TextContent);
        Assert.Equal("5", row.QuerySelector(".days-left")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.DoesNotContain(number, other.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Work_list_rejects_bad_date()
    {
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, await ItemDepartmentAsync());

        var page = await officer.GetAsync("/staff/cases?From=2026-13-01");

        Assert.Equal("起始日期“2026-13-01”无效，请按 2026-03-02 的格式填写。", page.Document.QuerySelector("p.error")?.TextContent);
    }

    private static List<string?> Triggers(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll("form.case-action").Select(form => form.GetAttribute("data-trigger"))];

    private async Task<StaffBrowser> SignInStaffAsync(StaffRole role, (int Id, string Name) department)
    {
        var account = await CreateStaffAsync(role, department.Id);
        var browser = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));

        return browser;
    }

    private async Task<StaffAccount> CreateStaffAsync(StaffRole role, int departmentId)
    {
        var userName = "case-staff-" + Guid.NewGuid().ToString("N")[..12];
        var account = await portal.CreateStaffAsync(userName);
        await portal.UpdateAccountAsync(userName, stored =>
        {
            stored.Role = role;
            stored.DepartmentId = departmentId;
        });

        return account;
    }

    private Task<(int Id, string Name)> ItemDepartmentAsync() => portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.AsNoTracking().SingleAsync(item => item.Code == CasePortalFixture.OpenCode);
        var department = await db.Departments.AsNoTracking().SingleAsync(department => department.Id == item.DepartmentId);

        return (department.Id, department.Name);
    });

    private Task<(int Id, string Name)> DepartmentAsync(string name) => portal.WithScopeAsync(async services =>
    {
        var department = await services.GetRequiredService<ZhengwuDbContext>().Departments.AsNoTracking()
            .SingleAsync(department => department.Name == name);

        return (department.Id, department.Name);
    });

    private Task<ApplicationCase> LoadAsync(string number) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ApplicationCases.AsNoTracking()
            .Include(@case => @case.Parts)
            .Include(@case => @case.Steps)
            .AsSplitQuery()
            .SingleAsync(@case => @case.Number == number));

    private Task<int> DenialsAsync(Guid accountId, string number) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .CountAsync(record => record.Action == AuditActions.AccessDenied && record.AccountId == accountId.ToString()
                && record.ObjectId == number));

    private static async Task<string> FileAsync(StaffBrowser browser)
    {
        var form = await browser.GetAsync(ApplyPath);
        var response = await browser.PostFilesAsync(
            ApplyPath,
            [("Material0", "申请书.pdf", s_pdf), ("Material1", "报告.pdf", s_pdf)],
            [
                ("FilingKey", form.Document.QuerySelector("input[name=FilingKey]")!.GetAttribute("value")!),
                ("__RequestVerificationToken", form.FormToken!),
            ]);
        if (response.Status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Filing returned {(int)response.Status}: {response.Error}");
        }

        return response.Location!.Split('/')[3];
    }
}

public sealed class SqliteStaffCasePageTests(SqliteCasePortalFixture portal)
    : StaffCasePageTests(portal), IClassFixture<SqliteCasePortalFixture>;

public sealed class PostgresStaffCasePageTests(PostgresCasePortalFixture portal)
    : StaffCasePageTests(portal), IClassFixture<PostgresCasePortalFixture>;
