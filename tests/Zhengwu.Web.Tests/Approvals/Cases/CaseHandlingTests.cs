using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>Handling steps saved through <see cref="CaseHandlings"/> on cases filed through the portal.</summary>
public abstract class CaseHandlingTests(CasePortalFixture portal)
{
    private const string ApplyPath = $"/approvals/items/{CasePortalFixture.OpenCode}/apply";

    private static readonly byte[] s_pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

    [Fact]
    public async Task Filing_opens_one_lead_part()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var (departmentId, departmentName) = await ItemDepartmentAsync();

        var filed = await LoadAsync(number);

        var part = Assert.Single(filed.Parts);
        Assert.Equal(departmentId, part.DepartmentId);
        Assert.Equal(departmentName, part.DepartmentName);
        Assert.True(part.IsLead);
        Assert.Equal(CaseState.Submitted, part.State);
        var start = Assert.Single(part.ClockEvents);
        Assert.Equal(CaseClock.Acceptance, start.Clock);
        Assert.Equal(5, start.Days);
    }

    [Fact]
    public async Task Accepted_case_shows_to_applicant()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var (departmentId, departmentName) = await ItemDepartmentAsync();
        var officer = Actor(StaffRole.ContentOfficer, departmentId);

        var outcome = await ActAsync(officer, departmentName, number, 1, new CaseAction.Accept("材料齐全"));
        var page = await applicant.Browser.GetAsync($"/account/cases/{number}");

        Assert.Null(outcome.Error);
        Assert.Equal("已受理，办理中", page.Document.QuerySelector(".case-state")?.TextContent);
        var saved = await LoadAsync(number);
        Assert.Equal(2, saved.Version);
        Assert.Equal(CaseTrigger.Accept, saved.Steps.OrderBy(step => step.Id).Last().Trigger);
        Assert.Equal(departmentName, saved.Steps.OrderBy(step => step.Id).Last().ActorDepartment);
        Assert.Equal(1, await AuditCountAsync(AuditActions.CaseHandled, officer.Id, number));
    }

    [Fact]
    public async Task Other_department_not_found_and_denied()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var (departmentId, _) = await ItemDepartmentAsync();
        var stranger = Actor(StaffRole.DepartmentLead, departmentId + 1000);

        var found = await portal.WithScopeAsync(services => services.GetRequiredService<CaseHandlings>().FindAsync(stranger, number));
        var outcome = await ActAsync(stranger, "其他部门", number, 1, new CaseAction.Reject("不予受理"));

        Assert.Null(found);
        Assert.True(outcome.NotFound);
        Assert.Equal(2, await AuditCountAsync(AuditActions.AccessDenied, stranger.Id, number));
        Assert.Equal(CaseState.Submitted, (await LoadAsync(number)).State);
    }

    [Fact]
    public async Task Concurrent_decision_conflicts()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var (departmentId, departmentName) = await ItemDepartmentAsync();
        var lead = Actor(StaffRole.DepartmentLead, departmentId);
        await ActAsync(Actor(StaffRole.ContentOfficer, departmentId), departmentName, number, 1, new CaseAction.Accept());

        // Both leads load version 2; the first decision is saved, the second finds version 3.
        var approved = await ActAsync(lead, departmentName, number, 2, new CaseAction.Approve());
        var denied = await ActAsync(Actor(StaffRole.DepartmentLead, departmentId), departmentName, number, 2, new CaseAction.Deny("不符合条件"));

        Assert.Null(approved.Error);
        Assert.IsType<CaseError.Conflict>(denied.Error);
        var saved = await LoadAsync(number);
        Assert.Equal(CaseState.Approved, saved.Parts.Single().State);
        Assert.Equal(3, saved.Steps.Count);
    }

    [Fact]
    public async Task Simultaneous_saves_keep_one()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var (departmentId, departmentName) = await ItemDepartmentAsync();

        // Two scopes load the same version before either saves, as two requests arriving together do.
        using var first = portal.Factory.Services.CreateScope();
        using var second = portal.Factory.Services.CreateScope();
        var firstHandlings = first.ServiceProvider.GetRequiredService<CaseHandlings>();
        var secondHandlings = second.ServiceProvider.GetRequiredService<CaseHandlings>();
        var officer = Actor(StaffRole.ContentOfficer, departmentId);
        var firstCase = await firstHandlings.FindAsync(officer, number, TestContext.Current.CancellationToken);
        var secondCase = await secondHandlings.FindAsync(officer, number, TestContext.Current.CancellationToken);
        firstCase!.Fire(departmentId, new CaseAction.Accept(), Staff(officer, departmentName), DateTimeOffset.UtcNow);
        secondCase!.Fire(departmentId, new CaseAction.Reject("不属于本部门"), Staff(officer, departmentName), DateTimeOffset.UtcNow);

        await first.ServiceProvider.GetRequiredService<ZhengwuDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        var conflict = await Record.ExceptionAsync(() =>
            second.ServiceProvider.GetRequiredService<ZhengwuDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.IsType<DbUpdateConcurrencyException>(conflict);
        var saved = await LoadAsync(number);
        Assert.Equal(CaseState.Accepted, saved.State);
        Assert.Equal(2, saved.Steps.Count);
    }

    [Fact]
    public async Task Refused_step_is_audited_as_failed()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var (departmentId, departmentName) = await ItemDepartmentAsync();
        var officer = Actor(StaffRole.ContentOfficer, departmentId);

        var outcome = await ActAsync(officer, departmentName, number, 1, new CaseAction.Approve());

        Assert.Equal("办件当前为“已提交，待受理”，不能执行“准予许可”。当前可执行：受理、不予受理、要求补正、转办。", outcome.Error?.Message);
        var failed = await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .CountAsync(record => record.Action == AuditActions.CaseHandled && record.Result == AuditResult.Failed
                && record.AccountId == officer.Id.ToString()));
        Assert.Equal(1, failed);
        Assert.Equal(1, (await LoadAsync(number)).Version);
    }

    private static ContentActor Actor(StaffRole role, int departmentId) =>
        new(Guid.NewGuid(), role == StaffRole.DepartmentLead ? "li.lead" : "zhang.officer", new StaffScope(role, departmentId, "620100"), "127.0.0.1");

    private static CaseActor Staff(ContentActor actor, string departmentName) =>
        new(actor.Id, actor.UserName, departmentName, actor.Scope);

    private Task<HandlingOutcome> ActAsync(ContentActor actor, string departmentName, string number, int version, CaseAction action) =>
        portal.WithScopeAsync(services =>
            services.GetRequiredService<CaseHandlings>().ActAsync(actor, departmentName, number, version, action));

    private Task<(int Id, string Name)> ItemDepartmentAsync() => portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.AsNoTracking().SingleAsync(item => item.Code == CasePortalFixture.OpenCode);
        var department = await db.Departments.AsNoTracking().SingleAsync(department => department.Id == item.DepartmentId);

        return (department.Id, department.Name);
    });

    private Task<ApplicationCase> LoadAsync(string number) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ApplicationCases.AsNoTracking()
            .Include(@case => @case.Parts).ThenInclude(part => part.ClockEvents)
            .Include(@case => @case.Steps)
            .AsSplitQuery()
            .SingleAsync(@case => @case.Number == number));

    private Task<int> AuditCountAsync(string action, Guid accountId, string number) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .CountAsync(record => record.Action == action && record.AccountId == accountId.ToString() && record.ObjectId == number));

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

public sealed class SqliteCaseHandlingTests(SqliteCasePortalFixture portal)
    : CaseHandlingTests(portal), IClassFixture<SqliteCasePortalFixture>;

public sealed class PostgresCaseHandlingTests(PostgresCasePortalFixture portal)
    : CaseHandlingTests(portal), IClassFixture<PostgresCasePortalFixture>;
