using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zhengwu.Browser.Tests.Pages.Approvals;
using Zhengwu.Browser.Tests.Pages.Staff;
using Zhengwu.Browser.Tests.Staff;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Accounts.Verification;
using Zhengwu.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Zhengwu.Browser.Tests.Approvals;

/// <summary>
/// One licensing application from registration to the result document. A person registers with a code from the
/// outbox file and files 固定资产投资项目节能审查 with two uploads. A content officer of 兰州市发展和改革委员会 requests
/// a correction of one material, and the person resubmits it. The officer accepts, and the department lead approves and
/// concludes with a decision document. The person then reads the conclusion and downloads the document.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class OnlineApprovalTests(BrowserFixture portal)
{
    // The sample data gives this code to the city's second licensing item. It has no materials list, so the test sets
    // one. No other browser test reads this item.
    private const string ItemCode = "620100-XK-00002";
    private const string ItemName = "固定资产投资项目节能审查";
    private const string Department = "兰州市发展和改革委员会";

    private const string StaffPassword = "Gaolan#Mountain-Lanzhou7";
    private const string ApplicantPassword = "Baita-Shan-2026";
    private const string ApplicantName = "赵小明";

    // 62010219850312004 followed by its GB 11643 check character: the weighted sum of the 17 digits is 202, and
    // 202 mod 11 = 4 maps to 8.
    private const string IdNumber = "620102198503120048";
    private const string Phone = "13900001234";

    private const string Problem = "缺少项目能耗计算表";
    private const string AcceptOpinion = "材料齐全，予以受理。";
    private const string ApproveOpinion = "符合节能审查要求。";
    private const string DocumentName = "节能审查意见.pdf";

    private static readonly string[] s_materials = ["节能审查申请书", "项目节能报告", "项目备案文件（如有）"];

    private static readonly byte[] s_application = Pdf("application form");
    private static readonly byte[] s_report = Pdf("energy report without the calculation table");
    private static readonly byte[] s_correctedReport = Pdf("energy report with the calculation table");
    private static readonly byte[] s_decision = Pdf("decision of the energy review");

    [Fact]
    public async Task Licensing_case_from_filing_to_result()
    {
        await SetMaterialsAsync();
        var officer = new Authenticator(await StaffAccounts.CreateEnrolledAsync(
            portal, "fgw.officer", StaffPassword, StaffRole.ContentOfficer, Department));
        var lead = new Authenticator(await StaffAccounts.CreateEnrolledAsync(
            portal, "fgw.lead", StaffPassword, StaffRole.DepartmentLead, Department));

        await using var personContext = await portal.NewContextAsync();
        var person = await personContext.NewPageAsync();
        var applicant = new ApplicantCasePages(person);
        var number = await RegisterAndFileAsync(person, applicant);

        await using var officerContext = await portal.NewContextAsync();
        var officerPage = await officerContext.NewPageAsync();
        await StaffSession.SignInAsync(officerPage, "fgw.officer", StaffPassword, officer);
        var officerCase = new StaffCasePages(officerPage);
        await RequestCorrectionAsync(officerCase, number);

        await ResubmitAsync(applicant, number);

        await officerPage.ReloadAsync();
        await Expect(officerCase.PartState).ToHaveTextAsync("已提交，待受理");
        await officerCase.TakeStepAsync("Accept", "受理", AcceptOpinion);
        await Expect(officerCase.PartState).ToHaveTextAsync("已受理，办理中");

        // Approval is the lead's step: the officer's page offers no form for it.
        await Expect(officerCase.Form("Approve")).ToHaveCountAsync(0);
        await new DashboardPage(officerPage).SignOutAsync();

        await DecideAndConcludeAsync(lead, number);

        await applicant.OpenCaseAsync(number);
        await Expect(applicant.CaseState).ToHaveTextAsync("已办结");
        await Expect(applicant.Conclusion).ToHaveTextAsync("准予许可");
        await Expect(applicant.PartStates).ToHaveTextAsync(["已办结"]);
        await Expect(applicant.StepRows.Locator("td:nth-child(3)")).ToHaveTextAsync(
            ["提交申请", "要求补正", "补正材料", "受理", "准予许可", "办结"]);
        // The applicant's own steps name the role, not the person, and no department.
        await Expect(applicant.StepRows.Locator("td:nth-child(2)")).ToHaveTextAsync(
        [
            "申请人",
            $"fgw.officer（{Department}）",
            "申请人",
            $"fgw.officer（{Department}）",
            $"fgw.lead（{Department}）",
            $"fgw.lead（{Department}）",
        ]);
        await Expect(applicant.StepRows.Nth(4).Locator("td:nth-child(5)")).ToHaveTextAsync(ApproveOpinion);
        await Expect(applicant.DocumentLinks).ToHaveTextAsync([DocumentName]);
        await Expect(person.Locator("table.case-documents code")).ToHaveTextAsync(Sha256(s_decision));
        await Screenshots.SaveAsync(person, "applicant-case-concluded");

        var (fileName, content) = await applicant.DownloadDocumentAsync(DocumentName);
        Assert.Equal(DocumentName, fileName);
        Assert.Equal(s_decision, content);
    }

    /// <summary>Registers the person, files the application with two of the three materials and returns the number.</summary>
    private async Task<string> RegisterAndFileAsync(Microsoft.Playwright.IPage person, ApplicantCasePages applicant)
    {
        var account = new PublicAccountPages(person);
        await account.RegisterPersonAsync(ApplicantName, IdNumber, Phone, ApplicantPassword);
        await Expect(account.SentTo).ToHaveTextAsync("139****1234");
        await account.ConfirmAsync(LastCodeSentTo(Phone));

        await applicant.OpenFilingFormAsync(ItemCode);
        await Expect(applicant.Heading).ToHaveTextAsync($"{ItemName} 在线申报");
        await applicant.ChooseMaterialAsync("1. 节能审查申请书", "申请书.pdf", "application/pdf", s_application);
        await applicant.ChooseMaterialAsync("2. 项目节能报告", "节能报告.pdf", "application/pdf", s_report);
        var before = ChinaDate();
        var number = await applicant.SubmitFilingAsync();

        // The region code of the city, the filing date in China time and the day's first sequence number.
        Assert.Contains(number, new[] { $"620100-{before}-0001", $"620100-{ChinaDate()}-0001" });
        await Expect(applicant.Heading).ToHaveTextAsync("申报回执");
        await Expect(person.Locator("dl.receipt dd").Nth(3)).ToHaveTextAsync("2");
        await Expect(person.Locator("dl.receipt dd").Nth(4)).ToHaveTextAsync("已提交，待受理");

        return number;
    }

    /// <summary>The officer finds the case in the work list and requests a corrected energy report.</summary>
    private static async Task RequestCorrectionAsync(StaffCasePages officerCase, string number)
    {
        await officerCase.OpenWorkListAsync();
        var row = officerCase.Row(number);
        await Expect(row.Locator("td.applicant")).ToHaveTextAsync("赵**");
        await Expect(row.Locator("td.state")).ToHaveTextAsync("已提交，待受理");

        await officerCase.OpenCaseAsync(number);
        await Expect(officerCase.Heading).ToHaveTextAsync($"办件 {number}");
        await Expect(officerCase.PartState).ToHaveTextAsync("已提交，待受理");
        await officerCase.MarkForCorrectionAsync("项目节能报告", Problem);
        await officerCase.TakeStepAsync("RequestCorrection", "要求补正");
        await Expect(officerCase.Error).ToHaveCountAsync(0);
        await Expect(officerCase.PartState).ToHaveTextAsync("待补正");
    }

    /// <summary>The person reads the correction list and uploads a new energy report.</summary>
    private static async Task ResubmitAsync(ApplicantCasePages applicant, string number)
    {
        await applicant.OpenCaseAsync(number);
        await Expect(applicant.CaseState).ToHaveTextAsync("待补正");
        await Expect(applicant.CorrectionRows.Locator("td")).ToHaveTextAsync(["项目节能报告", Problem]);

        await applicant.ChooseCorrectionAsync("2. 项目节能报告", "节能报告（补正）.pdf", "application/pdf", s_correctedReport);
        await applicant.SubmitCorrectionAsync();
        await Expect(applicant.Notice).ToHaveTextAsync("补正材料已提交，受理期限恢复计算。");
        await Expect(applicant.CaseState).ToHaveTextAsync("已提交，待受理");
        await Expect(applicant.MaterialRows.Locator("td:nth-child(2)")).ToHaveTextAsync(["申请书.pdf", "节能报告（补正）.pdf"]);
        await Expect(applicant.MaterialRows.Locator("td:nth-child(4)")).ToHaveTextAsync([Sha256(s_application), Sha256(s_correctedReport)]);
    }

    /// <summary>The lead approves the accepted case and concludes it with the decision document.</summary>
    private async Task DecideAndConcludeAsync(Authenticator authenticator, string number)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await StaffSession.SignInAsync(page, "fgw.lead", StaffPassword, authenticator);
        var staffCase = new StaffCasePages(page);
        await staffCase.OpenWorkListAsync();
        await staffCase.OpenCaseAsync(number);

        await staffCase.TakeStepAsync("Approve", "准予许可", ApproveOpinion);
        await Expect(staffCase.PartState).ToHaveTextAsync("已决定准予许可，待办结");
        await staffCase.ChooseResultDocumentAsync(DocumentName, "application/pdf", s_decision);
        await staffCase.TakeStepAsync("Conclude", "办结");
        await Expect(staffCase.Error).ToHaveCountAsync(0);
        await Expect(staffCase.PartState).ToHaveTextAsync("已办结");
        await Expect(staffCase.ActionNames).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "staff-case-concluded");
        await new DashboardPage(page).SignOutAsync();
    }

    private async Task SetMaterialsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.SingleAsync(item => item.Code == ItemCode);
        var department = await db.Departments.SingleAsync(department => department.Id == item.DepartmentId);
        Assert.Equal(ItemName, item.Name);
        Assert.Equal(Department, department.Name);
        item.Materials = [.. s_materials];
        await db.SaveChangesAsync();
    }

    /// <summary>Reads the newest six-digit code that the outbox file holds for <paramref name="address"/>.</summary>
    private string LastCodeSentTo(string address)
    {
        var folder = portal.Services.GetRequiredService<IOptions<VerificationCodeOptions>>().Value.OutboxFolder;
        var message = File.ReadAllLines(Path.Combine(folder, OutboxVerificationCodeSender.FileName))
            .Select(line => JsonSerializer.Deserialize<OutboxMessage>(line)!)
            .Last(message => message.Address == address);

        return SixDigits().Match(message.Message).Value;
    }

    private static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj <<>> endobj\n%%EOF\n");

    private static string ChinaDate() =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();

}
