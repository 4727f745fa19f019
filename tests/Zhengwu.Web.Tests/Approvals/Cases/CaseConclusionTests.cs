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
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>
/// Staff conclusion with result documents, staff downloads of case files and the close after a denial of a joint
/// case, all through the staff case page.
/// </summary>
public abstract class CaseConclusionTests(CasePortalFixture portal)
{
    private const string ApplyPath = $"/approvals/items/{CasePortalFixture.OpenCode}/apply";
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string LegalOffice = "兰州市人民政府法制办公室";
    private const string Market = "兰州市市场监督管理局";

    private static readonly byte[] s_pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
    private static readonly byte[] s_licence = Encoding.ASCII.GetBytes("%PDF-1.7\n% licence 620100-XK-00002\n%%EOF\n");

    [Fact]
    public async Task Conclusion_stores_result_document()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var department = await ItemDepartmentAsync();
        await DecideAsync(number, department, "Approve");
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, department);

        var concluded = await ConcludeAsync(officer, number, "准予许可决定书.pdf", s_licence);

        Assert.Null(concluded.Document.QuerySelector("p.error")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, concluded.Status);
        var saved = await LoadAsync(number);
        Assert.Equal(CaseState.Concluded, saved.State);
        Assert.Equal(CaseDecision.Approved, saved.Decision);
        var document = Assert.Single(saved.Parts.Single().ResultDocuments);
        Assert.Equal("准予许可决定书.pdf", document.FileName);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(s_licence.Length, document.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(s_licence)), document.Sha256);
        Assert.Equal(s_licence, await File.ReadAllBytesAsync(Path.Combine(portal.FilesFolder, document.StoredName), TestContext.Current.CancellationToken));
        Assert.DoesNotContain(portal.FilesOnDisk(), path => path.Contains("staging", StringComparison.Ordinal));
        var page = await officer.GetAsync($"/staff/cases/{number}");
        Assert.Equal($"/staff/cases/{number}/files/{document.Id}", page.Document.QuerySelector("a.case-document")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Html_renamed_pdf_rejected()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var department = await ItemDepartmentAsync();
        await DecideAsync(number, department, "Approve");
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, department);
        var before = portal.FilesOnDisk();

        var response = await ConcludeAsync(officer, number, "决定书.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.StartsWith("结果文书“决定书.pdf”：", response.Document.QuerySelector("p.error")?.TextContent, StringComparison.Ordinal);
        var saved = await LoadAsync(number);
        Assert.Equal(CaseState.Approved, saved.Parts.Single().State);
        Assert.Empty(saved.Parts.Single().ResultDocuments);
        Assert.Equal(before, portal.FilesOnDisk());
    }

    [Fact]
    public async Task Conclusion_without_document_rejected()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var department = await ItemDepartmentAsync();
        await DecideAsync(number, department, "Approve");
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, department);

        var version = (await LoadAsync(number)).Version;

        var response = await officer.SubmitAsync($"/staff/cases/{number}", ("trigger", "Conclude"), ("Version", $"{version}"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("办结须上传至少一份结果文书（如准予许可决定书或不予许可决定书）。", response.Document.QuerySelector("p.error")?.TextContent);
        Assert.Equal(CaseState.Approved, (await LoadAsync(number)).Parts.Single().State);
    }

    [Fact]
    public async Task Sweep_promotes_staged_result_document()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var department = await ItemDepartmentAsync();
        await DecideAsync(number, department, "Approve");
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, department);
        await ConcludeAsync(officer, number, "许可证.pdf", s_licence);
        var document = (await LoadAsync(number)).Parts.Single().ResultDocuments.Single();
        var finalPath = Path.Combine(portal.FilesFolder, document.StoredName);

        // A crash after the commit and before the move leaves the committed document only in staging.
        File.Delete(finalPath);
        var swept = await portal.WithScopeAsync(async services =>
        {
            using var content = new MemoryStream(s_licence);
            await services.GetRequiredService<FileStore>().StageAsync(document.StoredName, "许可证.pdf", content);

            return await services.GetRequiredService<StagedFileSweep>().SweepAsync();
        });

        Assert.Equal(1, swept.Promoted);
        Assert.Equal(0, swept.Deleted);
        Assert.Equal(s_licence, await File.ReadAllBytesAsync(finalPath, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Staff_download_for_handling_department()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, await ItemDepartmentAsync());
        var material = (await LoadAsync(number)).Materials.Single(material => material.MaterialIndex == 0);
        var page = await officer.GetAsync($"/staff/cases/{number}");

        using var response = await officer.GetForDownloadAsync($"/staff/cases/{number}/files/{material.Id}");

        Assert.Equal($"/staff/cases/{number}/files/{material.Id}", page.Document.QuerySelector("a.case-file")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(s_pdf, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("申请书.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_download_other_department_not_found()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var material = (await LoadAsync(number)).Materials.Single(material => material.MaterialIndex == 0);
        var stranger = await CreateStaffAsync(StaffRole.DepartmentLead, (await OtherDepartmentsAsync())[0].Id);
        using var browser = portal.CreateBrowser();
        await browser.SignInAsync(stranger, portal.NextCode(stranger.AuthenticatorKey));

        using var response = await browser.GetForDownloadAsync($"/staff/cases/{number}/files/{material.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(1, await DenialsAsync(stranger.Id));
    }

    [Fact]
    public async Task Staff_download_unknown_file_not_found()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var account = await CreateStaffAsync(StaffRole.ContentOfficer, (await ItemDepartmentAsync()).Id);
        using var browser = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));

        using var response = await browser.GetForDownloadAsync($"/staff/cases/{number}/files/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await DenialsAsync(account.Id));
    }

    [Fact]
    public async Task Close_after_denial_over_http()
    {
        var lead = await ItemDepartmentAsync();
        var others = await OtherDepartmentsAsync();
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileJointAsync(applicant.Browser, others);
        await DecideAsync(number, others[0], "Deny");
        using var leadOfficer = await SignInStaffAsync(StaffRole.ContentOfficer, lead);
        using var leadLead = await SignInStaffAsync(StaffRole.DepartmentLead, lead);
        var path = $"/staff/cases/{number}";
        var version = (await LoadAsync(number)).Version;

        var byOfficer = await leadOfficer.SubmitAsync(path, ("trigger", "Close"), ("Version", $"{version}"), ("Opinion", "法制办已不予许可"));
        var withoutReason = await leadLead.SubmitAsync(path, ("trigger", "Close"), ("Version", $"{version}"), ("Opinion", " "));
        var closed = await leadLead.SubmitAsync(path, ("trigger", "Close"), ("Version", $"{version}"), ("Opinion", "法制办已不予许可"));

        Assert.Equal("内容专员不能执行“终止办理”：须由本部门分管领导执行。", byOfficer.Document.QuerySelector("p.error")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, withoutReason.Status);
        Assert.NotNull(withoutReason.Document.QuerySelector("p.error"));
        Assert.Equal(HttpStatusCode.Redirect, closed.Status);
        var saved = await LoadAsync(number);
        Assert.Equal(CaseState.Closed, saved.PartOf(lead.Id)!.State);
        Assert.Equal(CaseState.Denied, saved.PartOf(others[0].Id)!.State);
        Assert.Equal(CaseState.Closed, saved.PartOf(others[1].Id)!.State);
        Assert.Equal(CaseState.Accepted, saved.State);

        using var deniedOfficer = await SignInStaffAsync(StaffRole.ContentOfficer, others[0]);
        var concluded = await ConcludeAsync(deniedOfficer, number, "不予许可决定书.pdf", s_licence);

        Assert.Equal(HttpStatusCode.Redirect, concluded.Status);
        var final = await LoadAsync(number);
        Assert.Equal(CaseState.Concluded, final.State);
        Assert.Equal(CaseDecision.Denied, final.Decision);
    }

    [Fact]
    public async Task Joint_case_concludes_after_third_part()
    {
        var lead = await ItemDepartmentAsync();
        var others = await OtherDepartmentsAsync();
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileJointAsync(applicant.Browser, others);
        (int Id, string Name)[] departments = [lead, others[0], others[1]];
        foreach (var department in departments)
        {
            await DecideAsync(number, department, "Approve");
        }

        for (var index = 0; index < departments.Length; index++)
        {
            using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, departments[index]);
            var concluded = await ConcludeAsync(officer, number, $"许可证{index + 1}.pdf", s_licence);
            var saved = await LoadAsync(number);

            Assert.Equal(HttpStatusCode.Redirect, concluded.Status);
            Assert.Equal(CaseState.Concluded, saved.PartOf(departments[index].Id)!.State);
            Assert.Equal(index < 2 ? CaseState.Accepted : CaseState.Concluded, saved.State);
            Assert.Equal(index < 2 ? null : CaseDecision.Approved, saved.Decision);
        }

        var parts = (await LoadAsync(number)).Parts;
        Assert.Equal(3, parts.Count);
        Assert.Equal(3, parts.SelectMany(part => part.ResultDocuments).Count());
    }

    /// <summary>Accepts the department's part as its content officer, then approves or denies it as its lead.</summary>
    private async Task DecideAsync(string number, (int Id, string Name) department, string decision)
    {
        using var officer = await SignInStaffAsync(StaffRole.ContentOfficer, department);
        using var lead = await SignInStaffAsync(StaffRole.DepartmentLead, department);
        var path = $"/staff/cases/{number}";

        var accepted = await officer.SubmitAsync(path, ("trigger", "Accept"), ("Version", $"{(await LoadAsync(number)).Version}"));
        var decided = await lead.SubmitAsync(
            path, ("trigger", decision), ("Version", $"{(await LoadAsync(number)).Version}"), ("Opinion", "经审查作出决定"));

        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
    }

    private async Task<BrowserResponse> ConcludeAsync(StaffBrowser browser, string number, string fileName, byte[] content)
    {
        var path = $"/staff/cases/{number}";
        var form = await browser.GetAsync(path);

        return await browser.PostFileAsync(
            path,
            "ResultDocuments",
            fileName,
            content,
            ("trigger", "Conclude"),
            ("Version", $"{(await LoadAsync(number)).Version}"),
            ("__RequestVerificationToken", form.FormToken!));
    }

    /// <summary>Files the open item while two other departments co-handle it, then restores the item as it was.</summary>
    private async Task<string> FileJointAsync(StaffBrowser browser, IReadOnlyList<(int Id, string Name)> coHandling)
    {
        var itemId = await portal.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ZhengwuDbContext>();
            var item = await db.PowerItems.SingleAsync(item => item.Code == CasePortalFixture.OpenCode);
            db.JointItemDepartments.AddRange(coHandling.Select(department => new JointItemDepartment
            {
                PowerItemId = item.Id,
                DepartmentId = department.Id,
            }));
            await db.SaveChangesAsync();

            return item.Id;
        });
        try
        {
            return await FileAsync(browser);
        }
        finally
        {
            await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().JointItemDepartments
                .Where(joint => joint.PowerItemId == itemId)
                .ExecuteDeleteAsync());
        }
    }

    private async Task<StaffBrowser> SignInStaffAsync(StaffRole role, (int Id, string Name) department)
    {
        var account = await CreateStaffAsync(role, department.Id);
        var browser = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));

        return browser;
    }

    private async Task<StaffAccount> CreateStaffAsync(StaffRole role, int departmentId)
    {
        var userName = "conclude-staff-" + Guid.NewGuid().ToString("N")[..12];
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

    /// <summary>Returns two of the three named city departments that do not implement the open item, in id order.</summary>
    private async Task<List<(int Id, string Name)>> OtherDepartmentsAsync()
    {
        var itemDepartment = await ItemDepartmentAsync();

        return await portal.WithScopeAsync(async services =>
        {
            var rows = await services.GetRequiredService<ZhengwuDbContext>().Departments.AsNoTracking()
                .Where(department => (department.Name == ReviewOffice || department.Name == LegalOffice || department.Name == Market)
                    && department.Id != itemDepartment.Id)
                .Select(department => new { department.Id, department.Name })
                .ToListAsync();

            return rows.OrderBy(row => row.Id).Take(2).Select(row => (row.Id, row.Name)).ToList();
        });
    }

    private Task<ApplicationCase> LoadAsync(string number) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ApplicationCases.AsNoTracking()
            .Include(@case => @case.Parts).ThenInclude(part => part.ResultDocuments)
            .Include(@case => @case.Steps)
            .Include(@case => @case.Materials)
            .AsSplitQuery()
            .SingleAsync(@case => @case.Number == number));

    private Task<int> DenialsAsync(Guid accountId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .CountAsync(record => record.Action == AuditActions.AccessDenied && record.AccountId == accountId.ToString()));

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

public sealed class SqliteCaseConclusionTests(SqliteCasePortalFixture portal)
    : CaseConclusionTests(portal), IClassFixture<SqliteCasePortalFixture>;

public sealed class PostgresCaseConclusionTests(PostgresCasePortalFixture portal)
    : CaseConclusionTests(portal), IClassFixture<PostgresCasePortalFixture>;
