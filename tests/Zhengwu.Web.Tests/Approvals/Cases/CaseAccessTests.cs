using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>The applicant's case pages and downloads, the 404 every other requester gets, and the staging sweep.</summary>
public abstract class CaseAccessTests(CasePortalFixture portal)
{
    private const string ApplyPath = $"/approvals/items/{CasePortalFixture.OpenCode}/apply";

    private static readonly byte[] s_pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

    [Fact]
    public async Task Own_case_page_shows_steps_and_files()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);

        var page = await applicant.Browser.GetAsync($"/account/cases/{number}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("已提交，待受理", page.Document.QuerySelector(".case-state")?.TextContent);
        var step = page.Document.QuerySelectorAll("table.case-steps tbody tr").Single()
            .QuerySelectorAll("td").Select(cell => cell.TextContent).ToList();
        Assert.Equal(["申请人", "提交申请", "已提交，待受理", "在线提交申请"], step[1..]);
        var files = page.Document.QuerySelectorAll("table.case-files tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToList())
            .ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal(["节能审查申请书", "申请书.pdf", "35"], files[0][..3]);
    }

    [Fact]
    public async Task Own_file_downloads_as_attachment()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var page = await applicant.Browser.GetAsync($"/account/cases/{number}");
        var link = page.Document.QuerySelector("table.case-files tbody tr a")!.GetAttribute("href")!;

        using var download = await applicant.Browser.GetForDownloadAsync(link);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(s_pdf, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("申请书.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.Contains("no-store", download.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_applicant_gets_not_found()
    {
        using var owner = await portal.SignInApplicantAsync();
        using var other = await portal.SignInApplicantAsync();
        var number = await FileAsync(owner.Browser);
        var page = await owner.Browser.GetAsync($"/account/cases/{number}");
        var link = page.Document.QuerySelector("table.case-files tbody tr a")!.GetAttribute("href")!;
        var deniedBefore = await DenialsAsync(other.Id);

        var casePage = await other.Browser.GetAsync($"/account/cases/{number}");
        var receipt = await other.Browser.GetAsync($"/account/cases/{number}/receipt");
        using var file = await other.Browser.GetForDownloadAsync(link);
        var list = await other.Browser.GetAsync("/account/cases");

        Assert.Equal(HttpStatusCode.NotFound, casePage.Status);
        Assert.Equal(HttpStatusCode.NotFound, receipt.Status);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.DoesNotContain(number, casePage.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(number, list.Html, StringComparison.Ordinal);
        Assert.Equal(deniedBefore + 3, await DenialsAsync(other.Id));
    }

    [Fact]
    public async Task Anonymous_gets_not_found()
    {
        using var owner = await portal.SignInApplicantAsync();
        var number = await FileAsync(owner.Browser);
        var page = await owner.Browser.GetAsync($"/account/cases/{number}");
        var link = page.Document.QuerySelector("table.case-files tbody tr a")!.GetAttribute("href")!;
        using var anonymous = portal.CreateBrowser();

        var casePage = await anonymous.GetAsync($"/account/cases/{number}");
        using var file = await anonymous.GetForDownloadAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, casePage.Status);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        var denied = await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .CountAsync(record => record.Action == AuditActions.AccessDenied && record.AccountId == null
                && record.ObjectType == CaseFilings.CaseObject && record.ObjectId == number));
        Assert.Equal(2, denied);
    }

    [Fact]
    public async Task Case_list_is_newest_first()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var first = await FileAsync(applicant.Browser);
        var second = await FileAsync(applicant.Browser);

        var list = await applicant.Browser.GetAsync("/account/cases");

        var numbers = list.Document.QuerySelectorAll("table.cases tbody tr td:first-child").Select(cell => cell.TextContent).ToList();
        Assert.Equal([second, first], numbers);
        Assert.Equal(long.Parse(first[^4..], System.Globalization.CultureInfo.InvariantCulture) + 1, long.Parse(second[^4..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Sweep_removes_orphans_keeps_cases()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);
        var materials = (await portal.CasesAsync()).Single(@case => @case.Number == number).Materials;
        var staging = Path.Combine(portal.FilesFolder, "staging");
        Directory.CreateDirectory(staging);

        // An upload staged by a filing that never committed, and a committed file whose move was interrupted.
        var orphan = Path.Combine(staging, "cases_202601_" + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(orphan, s_pdf, TestContext.Current.CancellationToken);
        var interrupted = materials[0].StoredName;
        File.Move(Path.Combine(portal.FilesFolder, interrupted), Path.Combine(staging, interrupted.Replace('/', '_')));

        var (promoted, deleted) = await portal.WithScopeAsync(services => services.GetRequiredService<StagedFileSweep>().SweepAsync());

        Assert.Equal((1, 1), (promoted, deleted));
        Assert.False(File.Exists(orphan));
        Assert.Empty(Directory.EnumerateFiles(staging));
        Assert.All(materials, material => Assert.True(File.Exists(Path.Combine(portal.FilesFolder, material.StoredName))));
        Assert.Equal(s_pdf, await File.ReadAllBytesAsync(Path.Combine(portal.FilesFolder, interrupted), TestContext.Current.CancellationToken));
    }

    /// <summary>Files a case with two copies of the sample PDF and returns its number.</summary>
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

    private Task<int> DenialsAsync(Guid accountId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .CountAsync(record => record.Action == AuditActions.AccessDenied && record.AccountId == accountId.ToString()));
}

public sealed class SqliteCaseAccessTests(SqliteCasePortalFixture portal)
    : CaseAccessTests(portal), IClassFixture<SqliteCasePortalFixture>;

public sealed class PostgresCaseAccessTests(PostgresCasePortalFixture portal)
    : CaseAccessTests(portal), IClassFixture<PostgresCasePortalFixture>;
