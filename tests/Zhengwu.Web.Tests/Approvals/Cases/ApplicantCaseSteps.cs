using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Approvals;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>
/// Steps shared by the applicant's case tests: filing through the portal, staff steps through
/// <see cref="CaseHandlings"/>, resubmission through the status page and reads of the saved case. Tests that count
/// working days move the fixture's clock to a Monday 09:00 China time in December 2026, which has no holiday.
/// </summary>
public abstract class ApplicantCaseSteps(CasePortalFixture portal)
{
    protected CasePortalFixture Portal => portal;

    protected const string ApplyPath = $"/approvals/items/{CasePortalFixture.OpenCode}/apply";
    protected const string ReportProblem = "缺少项目能耗计算表";

    protected static byte[] PdfBytes { get; } = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
    protected static byte[] CorrectedPdfBytes { get; } = Encoding.ASCII.GetBytes("%PDF-1.4\n2 0 obj <<>> endobj\n% corrected\n%%EOF\n");

    /// <summary>Moves the clock forward to the next Monday 09:00 China time and returns that Monday.</summary>
    protected DateOnly MoveToMonday()
    {
        var china = portal.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        var monday = DateOnly.FromDateTime(china.Date).AddDays(1);
        while (monday.DayOfWeek != DayOfWeek.Monday)
        {
            monday = monday.AddDays(1);
        }

        Assert.True(monday < new DateOnly(2026, 12, 22), "The working-day checks need a Monday with two weeks left in 2026.");
        // Npgsql writes only UTC offsets to timestamptz columns, so the China time goes in as UTC.
        portal.Clock.SetUtcNow(new DateTimeOffset(monday.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).ToUniversalTime());

        return monday;
    }

    /// <summary>Moves the clock and signs the applicant in again, because the idle session ran out meanwhile.</summary>
    private protected async Task AdvanceAsync(Applicant applicant, TimeSpan by)
    {
        portal.Clock.Advance(by);
        var signedIn = await applicant.Browser.SubmitAsync(
            "/account/login", ("Identifier", applicant.Phone), ("Password", CasePortalFixture.Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
    }

    /// <summary>Files a case of the applicant's own that waits for correction and returns its form's antiforgery token.</summary>
    private protected async Task<string> FormTokenAsync(StaffBrowser browser, int departmentId, string departmentName)
    {
        var own = await FileAsync(browser);
        await RequestCorrectionAsync(own, departmentId, departmentName);

        return (await browser.GetAsync($"/account/cases/{own}")).FormToken!;
    }

    protected static ContentActor Actor(StaffRole role, int departmentId) =>
        new(Guid.NewGuid(), role == StaffRole.DepartmentLead ? "li.lead" : "zhang.officer", new StaffScope(role, departmentId, "620100"), "127.0.0.1");

    protected async Task RequestCorrectionAsync(string number, int departmentId, string departmentName)
    {
        var outcome = await ActAsync(
            Actor(StaffRole.ContentOfficer, departmentId),
            departmentName,
            number,
            new CaseAction.RequestCorrection([new CorrectionItem(1, CasePortalFixture.Materials[1], ReportProblem)]));
        Assert.Null(outcome.Error);
    }

    protected async Task<CaseDocument> ConcludeAsync(string number, int departmentId, string departmentName, byte[] content)
    {
        var stored = await portal.WithScopeAsync(services =>
            services.GetRequiredService<FileStore>().SaveAsync("准予许可决定书.pdf", new MemoryStream(content)));
        var document = new CaseDocument
        {
            Id = Guid.NewGuid(),
            FileName = "准予许可决定书.pdf",
            StoredName = stored.StoredName,
            ContentType = "application/pdf",
            Length = stored.Length,
            Sha256 = stored.Sha256,
        };
        foreach (var step in new CaseAction[] { new CaseAction.Accept(), new CaseAction.Approve() })
        {
            var outcome = await ActAsync(Actor(StaffRole.DepartmentLead, departmentId), departmentName, number, step);
            Assert.Null(outcome.Error);
        }

        // CaseHandlings.ActAsync returns a conflict for a conclusion with a new document, so the conclusion is saved
        // through the domain here, with the document row marked as new because its id is already set.
        var lead = Actor(StaffRole.DepartmentLead, departmentId);
        await portal.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ZhengwuDbContext>();
            var found = await db.ApplicationCases.Include(@case => @case.Parts).ThenInclude(part => part.ResultDocuments)
                .Include(@case => @case.Steps).AsSplitQuery().SingleAsync(@case => @case.Number == number);
            var error = found.Fire(
                departmentId, new CaseAction.Conclude([document]), new CaseActor(lead.Id, lead.UserName, departmentName, lead.Scope), portal.Clock.GetUtcNow());
            Assert.Null(error);
            db.Entry(document).State = EntityState.Added;

            return await db.SaveChangesAsync();
        });

        return document;
    }

    protected async Task<HandlingOutcome> ActAsync(ContentActor actor, string departmentName, string number, CaseAction action)
    {
        var version = (await LoadAsync(number)).Version;

        return await portal.WithScopeAsync(services =>
            services.GetRequiredService<CaseHandlings>().ActAsync(actor, departmentName, number, version, action));
    }

    private protected static Task<BrowserResponse> ResubmitAsync(StaffBrowser browser, string number, BrowserResponse form) =>
        browser.PostFilesAsync(
            $"/account/cases/{number}",
            [("Material1", "报告（补正）.pdf", CorrectedPdfBytes)],
            [
                ("departmentId", form.Document.QuerySelector(".resubmission-form input[name=departmentId]")!.GetAttribute("value")!),
                ("token", form.Document.QuerySelector(".resubmission-form input[name=token]")!.GetAttribute("value")!),
                ("__RequestVerificationToken", form.FormToken!),
            ]);

    protected Task<(int Id, string Name)> ItemDepartmentAsync() => portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.AsNoTracking().SingleAsync(item => item.Code == CasePortalFixture.OpenCode);
        var department = await db.Departments.AsNoTracking().SingleAsync(department => department.Id == item.DepartmentId);

        return (department.Id, department.Name);
    });

    protected Task<(int Id, string Name)> DepartmentAsync(string name) => portal.WithScopeAsync(async services =>
    {
        var department = await services.GetRequiredService<ZhengwuDbContext>().Departments.AsNoTracking()
            .SingleAsync(department => department.Name == name);

        return (department.Id, department.Name);
    });

    protected Task<int> AddJointDepartmentAsync(int departmentId) => portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.AsNoTracking().SingleAsync(item => item.Code == CasePortalFixture.OpenCode);
        var joint = new JointItemDepartment { PowerItemId = item.Id, DepartmentId = departmentId };
        db.JointItemDepartments.Add(joint);
        await db.SaveChangesAsync();

        return joint.Id;
    });

    protected Task<int> RemoveJointDepartmentAsync(int jointId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().JointItemDepartments.Where(joint => joint.Id == jointId).ExecuteDeleteAsync());

    protected Task<ApplicationCase> LoadAsync(string number) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ApplicationCases.AsNoTracking()
            .Include(@case => @case.Parts).ThenInclude(part => part.ClockEvents)
            .Include(@case => @case.Steps)
            .Include(@case => @case.Materials)
            .AsSplitQuery()
            .SingleAsync(@case => @case.Number == number));

    protected Task<int> AuditCountAsync(string action, Guid accountId, string number) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .CountAsync(record => record.Action == action && record.AccountId == accountId.ToString() && record.ObjectId == number));

    private protected static async Task<string> FileAsync(StaffBrowser browser)
    {
        var form = await browser.GetAsync(ApplyPath);
        var response = await browser.PostFilesAsync(
            ApplyPath,
            [("Material0", "申请书.pdf", PdfBytes), ("Material1", "报告.pdf", PdfBytes)],
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
