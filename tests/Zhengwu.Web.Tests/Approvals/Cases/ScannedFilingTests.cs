using System.Net;
using System.Text;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>
/// A portal whose uploads go through a clamd stand-in: an infected material stops the whole filing with the
/// scanner's finding on the form, and clean materials reach the scanner and are filed.
/// </summary>
public abstract class ScannedFilingTests(ScannedCasePortalFixture portal)
{
    private const string ApplyPath = $"/approvals/items/{CasePortalFixture.OpenCode}/apply";

    private static readonly byte[] s_clean = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
    private static readonly byte[] s_infected = Encoding.ASCII.GetBytes($"%PDF-1.4\n{ClamdStandIn.Eicar}\n%%EOF\n");

    [Fact]
    public async Task Infected_material_stops_filing()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var filesBefore = portal.FilesOnDisk();

        var response = await PostAsync(applicant.Browser, ("Material0", "申请书.pdf", s_clean), ("Material1", "报告.pdf", s_infected));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(
            ["材料“项目节能报告”：文件“报告.pdf”未通过病毒扫描（检出 Win.Test.EICAR_HDB-1），未予保存。请用杀毒软件清除后重新上传。"],
            response.Document.QuerySelectorAll(".error-summary li").Select(item => item.TextContent));
        Assert.DoesNotContain((await portal.CasesAsync()), @case => @case.ApplicantId == applicant.Id);
        Assert.Equal(filesBefore, portal.FilesOnDisk());
    }

    [Fact]
    public async Task Clean_materials_are_scanned_and_filed()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var scannedBefore = portal.Scanner.Streams.Count;

        var response = await PostAsync(applicant.Browser, ("Material0", "申请书.pdf", s_clean), ("Material1", "报告.pdf", s_clean));

        Assert.Equal(HttpStatusCode.Redirect, response.Status);
        Assert.Single(await portal.CasesAsync(), @case => @case.ApplicantId == applicant.Id);
        Assert.Equal([s_clean, s_clean], portal.Scanner.Streams.Skip(scannedBefore));
    }

    private static async Task<BrowserResponse> PostAsync(StaffBrowser browser, params (string Field, string FileName, byte[] Content)[] files)
    {
        var form = await browser.GetAsync(ApplyPath);

        return await browser.PostFilesAsync(
            ApplyPath,
            files,
            [
                ("FilingKey", form.Document.QuerySelector("input[name=FilingKey]")!.GetAttribute("value")!),
                ("__RequestVerificationToken", form.FormToken!),
            ]);
    }
}

/// <summary>The filing portal with <c>Zhengwu:Files:Scanner</c> pointing at a <see cref="ClamdStandIn"/>.</summary>
public abstract class ScannedCasePortalFixture(DatabaseProvider provider) : CasePortalFixture(provider), IAsyncDisposable
{
    public ClamdStandIn Scanner { get; } = ClamdStandIn.StartTcp();

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Zhengwu:Files:Scanner:Kind"] = "Clamd";
        settings["Zhengwu:Files:Scanner:Address"] = Scanner.Address;

        return settings;
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        await Scanner.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteScannedCasePortalFixture() : ScannedCasePortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresScannedCasePortalFixture() : ScannedCasePortalFixture(DatabaseProvider.Postgres);

public sealed class SqliteScannedFilingTests(SqliteScannedCasePortalFixture portal)
    : ScannedFilingTests(portal), IClassFixture<SqliteScannedCasePortalFixture>;

public sealed class PostgresScannedFilingTests(PostgresScannedCasePortalFixture portal)
    : ScannedFilingTests(portal), IClassFixture<PostgresScannedCasePortalFixture>;
