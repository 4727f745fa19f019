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

/// <summary>Working days left on the status page around a correction request. The only test of its fixture, because it moves the clock.</summary>
public abstract class ResubmissionClockTests(CasePortalFixture portal) : ApplicantCaseSteps(portal)
{
    [Fact]
    public async Task Correction_resubmitted_resumes_acceptance()
    {
        using var applicant = await Portal.SignInApplicantAsync();
        var monday = MoveToMonday();
        await AdvanceAsync(applicant, TimeSpan.Zero);
        var number = await FileAsync(applicant.Browser);
        var (departmentId, departmentName) = await ItemDepartmentAsync();
        await AdvanceAsync(applicant, TimeSpan.FromDays(1));
        await RequestCorrectionAsync(number, departmentId, departmentName);
        var before = (await LoadAsync(number)).Materials.Single(material => material.MaterialIndex == 1);

        var waiting = await applicant.Browser.GetAsync($"/account/cases/{number}");
        await AdvanceAsync(applicant, TimeSpan.FromDays(2));
        var posted = await ResubmitAsync(applicant.Browser, number, waiting);
        var resumed = await applicant.Browser.GetAsync($"/account/cases/{number}");

        // The start day (Monday) never counts and the stop day (Tuesday) counts: 1 of 5 used while stopped. The
        // resume day (Thursday) does not count, so the 4 days left are Friday, Monday, Tuesday and Wednesday.
        Assert.Contains(ReportProblem, waiting.Document.QuerySelector(".correction-items")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("受理期限已暂停计时，剩余 4 个工作日", waiting.Document.QuerySelector(".part-clock")!.TextContent);
        Assert.Equal(["Material1"], waiting.Document.QuerySelectorAll(".resubmission-form input[type=file]").Select(input => input.GetAttribute("name")));
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        var deadline = monday.AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"受理期限剩余 4 个工作日（截止 {deadline}）", resumed.Document.QuerySelector(".part-clock")!.TextContent);
        var saved = await LoadAsync(number);
        Assert.Equal(CaseState.Submitted, saved.State);
        Assert.Equal(2, saved.Materials.Count);
        var replacement = saved.Materials.Single(material => material.MaterialIndex == 1);
        Assert.NotEqual(before.Id, replacement.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(CorrectedPdfBytes)), replacement.Sha256);
        Assert.Equal(CorrectedPdfBytes.Length, replacement.Length);
        Assert.Equal(CorrectedPdfBytes, await File.ReadAllBytesAsync(Path.Combine(Portal.FilesFolder, replacement.StoredName), TestContext.Current.CancellationToken));
        Assert.False(File.Exists(Path.Combine(Portal.FilesFolder, before.StoredName)));
        Assert.Equal(CaseTrigger.Resubmit, saved.Steps.OrderBy(step => step.Id).Last().Trigger);
        Assert.Equal(1, await AuditCountAsync(AuditActions.CaseResubmitted, applicant.Id, number));
    }
}

public sealed class SqliteResubmissionClockTests(SqliteCasePortalFixture portal)
    : ResubmissionClockTests(portal), IClassFixture<SqliteCasePortalFixture>;

public sealed class PostgresResubmissionClockTests(PostgresCasePortalFixture portal)
    : ResubmissionClockTests(portal), IClassFixture<PostgresCasePortalFixture>;
