using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>
/// Online filing against 620100-XK-00002 with the materials 节能审查申请书, 项目节能报告 and the optional
/// 项目备案文件（如有）. The SHA-256 values of the two sample files were computed with sha256sum.
/// </summary>
public abstract class CaseFilingTests(CasePortalFixture portal)
{
    private const string ApplyPath = $"/approvals/items/{CasePortalFixture.OpenCode}/apply";

    // "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n", 35 bytes.
    private static readonly byte[] s_pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
    private const string PdfSha256 = "5007e7f5b230ed74114771d8388d1223e3c38ed0411e1c70f38a5c1329200611";

    // The PNG signature and the start of an IHDR chunk, 16 bytes.
    private static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private const string PngSha256 = "02a3e298f1533f62558c58e4c70edcab9af5a50d62d925fd5390942020fb0fb8";

    [Fact]
    public async Task Two_uploads_file_one_case()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;
        var filesBefore = portal.FilesOnDisk().Count;
        var chinaDate = portal.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await FileAsync(browser, ("Material0", "申请书.pdf", s_pdf), ("Material1", "报告.png", s_png));

        var filed = Assert.Single(await CasesOfAsync(applicant.Id));
        Assert.Equal(HttpStatusCode.Redirect, response.Status);
        Assert.Equal($"/account/cases/{filed.Number}/receipt", response.Location);
        Assert.Matches($"^620100-{chinaDate}-[0-9]{{4}}$", filed.Number);
        Assert.Equal(CasePortalFixture.OpenCode, filed.ItemCode);
        Assert.Equal(CaseState.Submitted, filed.State);
        var step = Assert.Single(filed.Steps);
        Assert.Equal("申请人", step.ActorName);
        Assert.Equal(CaseState.Submitted, step.State);
        var materials = filed.Materials.OrderBy(material => material.MaterialName, StringComparer.Ordinal).ToList();
        Assert.Equal(["节能审查申请书", "项目节能报告"], materials.Select(material => material.MaterialName).Order(StringComparer.Ordinal));
        var pdf = filed.Materials.Single(material => material.MaterialName == "节能审查申请书");
        var png = filed.Materials.Single(material => material.MaterialName == "项目节能报告");
        Assert.Equal(("申请书.pdf", 35L, PdfSha256, "application/pdf"), (pdf.FileName, pdf.Length, pdf.Sha256, pdf.ContentType));
        Assert.Equal(("报告.png", 16L, PngSha256, "image/png"), (png.FileName, png.Length, png.Sha256, png.ContentType));
        Assert.Equal(s_pdf, await File.ReadAllBytesAsync(Path.Combine(portal.FilesFolder, pdf.StoredName), TestContext.Current.CancellationToken));
        Assert.Equal(s_png, await File.ReadAllBytesAsync(Path.Combine(portal.FilesFolder, png.StoredName), TestContext.Current.CancellationToken));
        Assert.Equal(filesBefore + 2, portal.FilesOnDisk().Count);
        Assert.DoesNotContain(portal.FilesOnDisk(), path => path.StartsWith("staging/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Receipt_shows_case_number()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;
        var response = await FileAsync(browser, ("Material0", "申请书.pdf", s_pdf), ("Material1", "报告.pdf", s_pdf));

        var receipt = await browser.GetAsync(response.Location!);

        var number = response.Location!.Split('/')[3];
        Assert.Equal(HttpStatusCode.OK, receipt.Status);
        Assert.Equal(number, receipt.Document.QuerySelector(".case-number")?.TextContent);
        Assert.Equal("已提交，待受理", Element(receipt, "办理状态"));
        Assert.Equal("2", Element(receipt, "材料份数"));
    }

    [Fact]
    public async Task Same_form_key_files_once()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;
        var form = await browser.GetAsync(ApplyPath);
        var filesBefore = portal.FilesOnDisk().Count;

        var first = await PostAsync(browser, form, ("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf));
        var second = await PostAsync(browser, form, ("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf));

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(first.Location, second.Location);
        Assert.Single(await CasesOfAsync(applicant.Id));
        Assert.Equal(filesBefore + 2, portal.FilesOnDisk().Count);
    }

    [Fact]
    public async Task Same_header_key_files_once()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;
        const string key = "retry-0001-abcdef";

        var first = await PostAsync(browser, await browser.GetAsync(ApplyPath), key, ("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf));
        var second = await PostAsync(browser, await browser.GetAsync(ApplyPath), key, ("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf));

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(first.Location, second.Location);
        Assert.Single(await CasesOfAsync(applicant.Id));
    }

    [Fact]
    public async Task Concurrent_same_key_files_once()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;
        var filesBefore = portal.FilesOnDisk().Count;
        var form = await browser.GetAsync(ApplyPath);
        const string key = "concurrent-0003";

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            PostAsync(browser, form, key, ("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf))));

        var filed = Assert.Single(await CasesOfAsync(applicant.Id));
        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Redirect, response.Status));
        Assert.All(responses, response => Assert.Equal($"/account/cases/{filed.Number}/receipt", response.Location));
        Assert.Equal(filesBefore + 2, portal.FilesOnDisk().Count);
        Assert.DoesNotContain(portal.FilesOnDisk(), path => path.StartsWith("staging/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retry_after_suspension_returns_case()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;
        var form = await browser.GetAsync(ApplyPath);
        var first = await PostAsync(browser, form, ("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf));

        await portal.SetStatusAsync(CasePortalFixture.OpenCode, Domain.PowerList.PowerItemStatus.Suspended);
        try
        {
            var retry = await PostAsync(browser, form, ("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf));
            var fresh = await PostAsync(browser, form, "fresh-key-0004", ("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf));

            Assert.Equal(HttpStatusCode.Redirect, retry.Status);
            Assert.Equal(first.Location, retry.Location);
            Assert.Equal(HttpStatusCode.Conflict, fresh.Status);
            Assert.Single(await CasesOfAsync(applicant.Id));
        }
        finally
        {
            await portal.SetStatusAsync(CasePortalFixture.OpenCode, Domain.PowerList.PowerItemStatus.InForce);
        }
    }

    [Fact]
    public async Task Login_returns_to_local_form_only()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var phone = applicant.Phone;
        using var local = portal.CreateBrowser();
        using var foreign = portal.CreateBrowser();

        var back = await local.SubmitAsync(
            "/account/login?ReturnUrl=%2Fapprovals%2Fitems%2F620100-XK-00002%2Fapply",
            ("Identifier", phone),
            ("Password", CasePortalFixture.Password));
        var away = await foreign.SubmitAsync(
            "/account/login?ReturnUrl=https%3A%2F%2Fexample.com%2Fapply",
            ("Identifier", phone),
            ("Password", CasePortalFixture.Password));

        back.RequireRedirect(ApplyPath);
        away.RequireRedirect("/account");
    }

    [Fact]
    public async Task Same_key_of_other_account_is_separate()
    {
        using var first = await portal.SignInApplicantAsync();
        using var second = await portal.SignInApplicantAsync();
        const string key = "shared-key-0002";

        var one = await PostAsync(first.Browser, await first.Browser.GetAsync(ApplyPath), key, ("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf));
        var two = await PostAsync(second.Browser, await second.Browser.GetAsync(ApplyPath), key, ("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf));

        Assert.Equal(HttpStatusCode.Redirect, one.Status);
        Assert.Equal(HttpStatusCode.Redirect, two.Status);
        Assert.NotEqual(one.Location, two.Location);
    }

    [Fact]
    public async Task Html_renamed_pdf_is_rejected()
    {
        var html = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");

        await AssertRejectedAsync(
            ("Material0", "申请书.pdf", html),
            "材料“节能审查申请书”：文件“申请书.pdf”的内容与扩展名.pdf不符，可能是改了扩展名的其他文件，请上传原始文件。");
    }

    [Fact]
    public async Task Svg_is_rejected()
    {
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        await AssertRejectedAsync(
            ("Material0", "图.svg", svg),
            "材料“节能审查申请书”：文件“图.svg”的类型不被接受：只能上传 .pdf、.ofd、.docx、.xlsx、.doc、.xls、.zip、.jpg、.jpeg、.png 文件。");
    }

    [Fact]
    public async Task Over_limit_file_is_rejected()
    {
        // 1.5 MiB against the fixture's limit of 1 MiB.
        var large = new byte[1536 * 1024];
        s_pdf.CopyTo(large, 0);

        await AssertRejectedAsync(
            ("Material0", "大.pdf", large),
            "材料“节能审查申请书”：文件“大.pdf”大小为 1.5 MB，超过上限 1 MB，请压缩或拆分后再上传。");
    }

    [Fact]
    public async Task Missing_required_material_is_rejected()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;

        var response = await FileAsync(browser, ("Material0", "申请书.pdf", s_pdf), ("Material2", "备案.pdf", s_pdf));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(["缺少必交材料“项目节能报告”，请为该材料选择文件后再提交。"], Problems(response));
        Assert.Empty(await CasesOfAsync(applicant.Id));
    }

    [Fact]
    public async Task Traversal_name_stored_under_generated_name()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;

        var response = await FileAsync(browser, ("Material0", "../../x.pdf", s_pdf), ("Material1", "..\\..\\y.pdf", s_pdf));

        Assert.Equal(HttpStatusCode.Redirect, response.Status);
        var filed = Assert.Single(await CasesOfAsync(applicant.Id));
        var material = filed.Materials.Single(material => material.MaterialName == "节能审查申请书");
        Assert.Equal("x.pdf", material.FileName);
        Assert.Equal("y.pdf", filed.Materials.Single(material => material.MaterialName == "项目节能报告").FileName);
        Assert.Matches("^cases/[0-9]{6}/[0-9a-f]{32}$", material.StoredName);
        Assert.True(File.Exists(Path.Combine(portal.FilesFolder, material.StoredName)));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(portal.FilesFolder, "../../x.pdf"))));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(portal.FilesFolder, "staging", "../../x.pdf"))));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(portal.FilesFolder, "cases", "../../x.pdf"))));
        Assert.DoesNotContain(portal.FilesOnDisk(), path => path.EndsWith("x.pdf", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CasePortalFixture.SuspendedCode, HttpStatusCode.Conflict, "事项“企业投资项目核准”暂停实施，暂不受理申请。请在该事项恢复实施后再申报，或拨打事项公布的电话咨询。")]
    [InlineData(CasePortalFixture.CancelledCode, HttpStatusCode.Conflict, "事项“实施学前教育、学历教育及文化教育的民办学校设立审批”已取消，不再受理申请。请在权力清单中查找承继该事项的事项后再申报。")]
    [InlineData("620100-CF-00009", HttpStatusCode.UnprocessableEntity, "事项“对未取得食品生产经营许可从事食品生产经营活动的处罚”属于行政处罚，由行政机关依职权实施，不受理申请，无法在线申报。")]
    [InlineData(CasePortalFixture.ClassifiedCode, HttpStatusCode.NotFound, "未找到事项编码为“620100-XK-00010”的公开事项，无法在线申报。请在权力清单中查找事项后再申报。")]
    public async Task Barred_item_rejects_filing(string code, HttpStatusCode status, string message)
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;
        var filesBefore = portal.FilesOnDisk();
        var path = $"/approvals/items/{code}/apply";
        var open = await browser.GetAsync(ApplyPath);

        var page = await browser.GetAsync(path);
        var posted = await browser.PostFilesAsync(
            path,
            [("Material0", "a.pdf", s_pdf), ("Material1", "b.pdf", s_pdf)],
            [("FilingKey", "barred-key-0001"), ("__RequestVerificationToken", open.FormToken!)]);

        Assert.Equal(status, page.Status);
        Assert.Equal(message, page.Document.QuerySelector(".application-barrier")?.TextContent);
        Assert.Null(page.Document.QuerySelector("form.filing-form"));
        Assert.Equal(status, posted.Status);
        Assert.Equal(message, posted.Document.QuerySelector(".application-barrier")?.TextContent);
        Assert.Empty(await CasesOfAsync(applicant.Id));
        Assert.Equal(filesBefore, portal.FilesOnDisk());
    }

    [Fact]
    public async Task Anonymous_form_redirects_to_login()
    {
        using var browser = portal.CreateBrowser();

        var response = await browser.GetAsync(ApplyPath);

        Assert.Equal(HttpStatusCode.Redirect, response.Status);
        Assert.Equal(
            "https://localhost/account/login?ReturnUrl=%2Fapprovals%2Fitems%2F620100-XK-00002%2Fapply",
            response.Location);
    }

    [Fact]
    public async Task Form_lists_materials_with_required_marks()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;

        var form = await browser.GetAsync(ApplyPath);

        var labels = form.Document.QuerySelectorAll("form.filing-form label").Select(label => label.TextContent.Trim()).ToList();
        Assert.Equal(
            ["1. 节能审查申请书 （必交）", "2. 项目节能报告 （必交）", "3. 项目备案文件（如有） （选交）"],
            labels);
        Assert.Matches("^[0-9a-f]{32}$", form.Document.QuerySelector("input[name=FilingKey]")?.GetAttribute("value") ?? "");
        Assert.True(form.Document.QuerySelector("input[name=Material1]")!.HasAttribute("required"));
        Assert.False(form.Document.QuerySelector("input[name=Material2]")!.HasAttribute("required"));
    }

    [Fact]
    public async Task Approval_page_links_to_form()
    {
        using var browser = portal.CreateBrowser();

        var page = await browser.GetAsync($"/approvals/items/{CasePortalFixture.OpenCode}");
        var suspended = await browser.GetAsync($"/approvals/items/{CasePortalFixture.SuspendedCode}");

        Assert.Equal(ApplyPath, page.Document.QuerySelector("a.apply-link")?.GetAttribute("href"));
        Assert.Null(suspended.Document.QuerySelector("a.apply-link"));
    }

    [Fact]
    public async Task Filing_is_audited_without_personal_data()
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;
        var response = await FileAsync(browser, ("Material0", "申请书.pdf", s_pdf), ("Material1", "报告.pdf", s_pdf));
        var number = response.Location!.Split('/')[3];

        var record = await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .SingleAsync(record => record.Action == AuditActions.CaseFiled && record.ObjectId == number));

        Assert.Equal("申报事项 620100-XK-00002，材料 2 份", record.Detail);
        Assert.Equal(AuditResult.Succeeded, record.Result);
        Assert.StartsWith("public-", record.AccountName, StringComparison.Ordinal);
    }

    private async Task AssertRejectedAsync((string Field, string FileName, byte[] Content) bad, string expected)
    {
        using var applicant = await portal.SignInApplicantAsync();
        var browser = applicant.Browser;
        var filesBefore = portal.FilesOnDisk();

        var response = await FileAsync(browser, bad, ("Material1", "报告.pdf", s_pdf));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal([expected], Problems(response));
        Assert.Empty(await CasesOfAsync(applicant.Id));
        Assert.Equal(filesBefore, portal.FilesOnDisk());
    }

    private static async Task<BrowserResponse> FileAsync(StaffBrowser browser, params (string Field, string FileName, byte[] Content)[] files) =>
        await PostAsync(browser, await browser.GetAsync(ApplyPath), files);

    private static Task<BrowserResponse> PostAsync(
        StaffBrowser browser,
        BrowserResponse form,
        params (string Field, string FileName, byte[] Content)[] files) =>
        browser.PostFilesAsync(
            ApplyPath,
            files,
            [
                ("FilingKey", form.Document.QuerySelector("input[name=FilingKey]")!.GetAttribute("value")!),
                ("__RequestVerificationToken", form.FormToken!),
            ]);

    private static Task<BrowserResponse> PostAsync(
        StaffBrowser browser,
        BrowserResponse form,
        string key,
        params (string Field, string FileName, byte[] Content)[] files) =>
        browser.PostFilesAsync(ApplyPath, files, [("__RequestVerificationToken", form.FormToken!)], key);

    private static List<string> Problems(BrowserResponse response) =>
        [.. response.Document.QuerySelectorAll(".error-summary li").Select(item => item.TextContent)];

    private static string? Element(BrowserResponse page, string term) =>
        page.Document.QuerySelectorAll("dl.elements dt").SingleOrDefault(dt => dt.TextContent == term)?.NextElementSibling?.TextContent;

    private async Task<List<ApplicationCase>> CasesOfAsync(Guid applicant) =>
        [.. (await portal.CasesAsync()).Where(@case => @case.ApplicantId == applicant)];
}

public sealed class SqliteCaseFilingTests(SqliteCasePortalFixture portal)
    : CaseFilingTests(portal), IClassFixture<SqliteCasePortalFixture>;

public sealed class PostgresCaseFilingTests(PostgresCasePortalFixture portal)
    : CaseFilingTests(portal), IClassFixture<PostgresCasePortalFixture>;
