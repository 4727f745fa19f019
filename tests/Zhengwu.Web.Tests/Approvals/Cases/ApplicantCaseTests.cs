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

/// <summary>The applicant's status page, resubmission and result documents, at the fixture's clock.</summary>
public abstract class ApplicantCaseTests(CasePortalFixture portal) : ApplicantCaseSteps(portal)
{
    [Fact]
    public async Task Double_resubmission_resubmits_once()
    {
        using var applicant = await Portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var (departmentId, departmentName) = await ItemDepartmentAsync();
        await RequestCorrectionAsync(number, departmentId, departmentName);
        var form = await applicant.Browser.GetAsync($"/account/cases/{number}");

        var first = await ResubmitAsync(applicant.Browser, number, form);
        var second = await ResubmitAsync(applicant.Browser, number, form);

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Redirect, second.Status);
        var saved = await LoadAsync(number);
        Assert.Equal(1, saved.Steps.Count(step => step.Trigger == CaseTrigger.Resubmit));
        Assert.Equal(3, saved.Version);
        Assert.Equal(2, saved.Materials.Count);
        Assert.Equal(1, await AuditCountAsync(AuditActions.CaseResubmitted, applicant.Id, number));
    }

    [Fact]
    public async Task Resubmission_without_correction_is_refused()
    {
        using var applicant = await Portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var (departmentId, departmentName) = await ItemDepartmentAsync();
        var page = await applicant.Browser.GetAsync($"/account/cases/{number}");
        var token = await FormTokenAsync(applicant.Browser, departmentId, departmentName);
        var before = await LoadAsync(number);
        var filesBefore = Portal.FilesOnDisk();

        var posted = await applicant.Browser.PostFilesAsync(
            $"/account/cases/{number}",
            [("Material1", "报告.pdf", CorrectedPdfBytes)],
            [("departmentId", departmentId.ToString(CultureInfo.InvariantCulture)), ("token", "1"), ("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Conflict, posted.Status);
        Assert.Contains("办件当前为“已提交，待受理”，没有待补正的材料，无需补正。", posted.Error, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll(".resubmission-form"));
        var after = await LoadAsync(number);
        Assert.Equal(1, after.Version);
        Assert.Equal(before.Materials.Select(material => material.Id).Order(), after.Materials.Select(material => material.Id).Order());
        Assert.Equal(filesBefore, Portal.FilesOnDisk());
        Assert.Equal(0, await AuditCountAsync(AuditActions.CaseResubmitted, applicant.Id, number));
    }

    [Fact]
    public async Task Other_accounts_form_token_rejected()
    {
        using var owner = await Portal.SignInApplicantAsync();
        using var other = await Portal.SignInApplicantAsync();
        var (departmentId, departmentName) = await ItemDepartmentAsync();
        var ownerToken = await FormTokenAsync(owner.Browser, departmentId, departmentName);
        var number = await FileAsync(other.Browser);
        await RequestCorrectionAsync(number, departmentId, departmentName);
        var form = await other.Browser.GetAsync($"/account/cases/{number}");

        // The other account signs in on the owner's browser, which keeps the owner's antiforgery cookie, and posts
        // the token of the owner's page.
        var switched = await owner.Browser.SubmitAsync(
            "/account/login", ("Identifier", other.Phone), ("Password", CasePortalFixture.Password));
        var posted = await owner.Browser.PostFilesAsync(
            $"/account/cases/{number}",
            [("Material1", "报告（补正）.pdf", CorrectedPdfBytes)],
            [
                ("departmentId", form.Document.QuerySelector(".resubmission-form input[name=departmentId]")!.GetAttribute("value")!),
                ("token", form.Document.QuerySelector(".resubmission-form input[name=token]")!.GetAttribute("value")!),
                ("__RequestVerificationToken", ownerToken),
            ]);

        Assert.Equal(HttpStatusCode.Redirect, switched.Status);
        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        var saved = await LoadAsync(number);
        Assert.Equal(2, saved.Version);
        Assert.DoesNotContain(saved.Steps, step => step.Trigger == CaseTrigger.Resubmit);
        Assert.Equal(0, await AuditCountAsync(AuditActions.CaseResubmitted, other.Id, number));
    }

    [Fact]
    public async Task Joint_case_shows_every_part()
    {
        using var applicant = await Portal.SignInApplicantAsync();
        var (departmentId, departmentName) = await ItemDepartmentAsync();
        var (marketId, marketName) = await DepartmentAsync("兰州市市场监督管理局");
        Assert.NotEqual(departmentId, marketId);
        var jointId = await AddJointDepartmentAsync(marketId);
        string number;
        try
        {
            number = await FileAsync(applicant.Browser);
        }
        finally
        {
            await RemoveJointDepartmentAsync(jointId);
        }

        var page = await applicant.Browser.GetAsync($"/account/cases/{number}");

        var rows = page.Document.QuerySelectorAll(".case-parts tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(departmentName + "（牵头）", rows[0].QuerySelector(".part-department")!.TextContent);
        Assert.Equal(marketName, rows[1].QuerySelector(".part-department")!.TextContent);
        Assert.All(rows, row => Assert.Equal("已提交，待受理", row.QuerySelector(".part-state")!.TextContent));
    }

    [Fact]
    public async Task Other_applicant_gets_not_found()
    {
        using var owner = await Portal.SignInApplicantAsync();
        using var stranger = await Portal.SignInApplicantAsync();
        var number = await FileAsync(owner.Browser);
        var (departmentId, departmentName) = await ItemDepartmentAsync();
        await RequestCorrectionAsync(number, departmentId, departmentName);
        var token = await FormTokenAsync(stranger.Browser, departmentId, departmentName);

        var page = await stranger.Browser.GetAsync($"/account/cases/{number}");
        var posted = await stranger.Browser.PostFilesAsync(
            $"/account/cases/{number}",
            [("Material1", "报告.pdf", CorrectedPdfBytes)],
            [("departmentId", departmentId.ToString(CultureInfo.InvariantCulture)), ("token", "2"), ("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, posted.Status);
        Assert.Equal(2, await AuditCountAsync(AuditActions.AccessDenied, stranger.Id, number));
        var saved = await LoadAsync(number);
        Assert.Equal(CaseState.CorrectionRequested, saved.State);
        Assert.Equal(2, saved.Version);
    }

    [Fact]
    public async Task Result_document_downloads_for_applicant_only()
    {
        using var owner = await Portal.SignInApplicantAsync();
        using var stranger = await Portal.SignInApplicantAsync();
        var number = await FileAsync(owner.Browser);
        var (departmentId, departmentName) = await ItemDepartmentAsync();
        var content = Encoding.ASCII.GetBytes("%PDF-1.4\n3 0 obj <<>> endobj\n% licence\n%%EOF\n");
        var document = await ConcludeAsync(number, departmentId, departmentName, content);

        var page = await owner.Browser.GetAsync($"/account/cases/{number}");
        var link = page.Document.QuerySelector(".case-documents a")!.GetAttribute("href")!;
        using var download = await owner.Browser.GetForDownloadAsync(link);
        var denied = await stranger.Browser.GetAsync(link);

        Assert.Equal("准予许可", page.Document.QuerySelector(".case-conclusion")!.TextContent);
        Assert.Equal($"/account/cases/{number}/documents/{document.Id}", link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("准予许可决定书.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.Contains("no-store", download.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, denied.Status);
        Assert.Equal(1, await AuditCountAsync(AuditActions.AccessDenied, stranger.Id, number));
    }
}

public sealed class SqliteApplicantCaseTests(SqliteCasePortalFixture portal)
    : ApplicantCaseTests(portal), IClassFixture<SqliteCasePortalFixture>;

public sealed class PostgresApplicantCaseTests(PostgresCasePortalFixture portal)
    : ApplicantCaseTests(portal), IClassFixture<PostgresCasePortalFixture>;
