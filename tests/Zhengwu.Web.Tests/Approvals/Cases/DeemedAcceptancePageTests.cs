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

/// <summary>A deemed acceptance recorded by reading the status page. The only test of its fixture, because it moves the clock.</summary>
public abstract class DeemedAcceptancePageTests(CasePortalFixture portal) : ApplicantCaseSteps(portal)
{
    [Fact]
    public async Task Deemed_acceptance_shows_after_five_days()
    {
        using var applicant = await Portal.SignInApplicantAsync();
        var monday = MoveToMonday();
        await AdvanceAsync(applicant, TimeSpan.Zero);
        var number = await FileAsync(applicant.Browser);
        var (_, departmentName) = await ItemDepartmentAsync();

        // Days 1 to 5 are Tuesday to the next Monday, so the next Tuesday is the first day past the limit.
        await AdvanceAsync(applicant, TimeSpan.FromDays(8));
        var page = await applicant.Browser.GetAsync($"/account/cases/{number}");
        var again = await applicant.Browser.GetAsync($"/account/cases/{number}");

        Assert.Equal("已受理，办理中", page.Document.QuerySelector(".case-state")!.TextContent);
        var steps = page.Document.QuerySelectorAll(".case-steps tbody tr");
        var last = steps[steps.Length - 1].QuerySelectorAll("td").Select(cell => cell.TextContent).ToList();
        Assert.Equal(monday.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 23:59", last[0]);
        Assert.Equal($"系统（{departmentName}）", last[1]);
        Assert.Equal("逾期视为受理", last[2]);
        Assert.Equal(2, again.Document.QuerySelectorAll(".case-steps tbody tr").Length);
        var saved = await LoadAsync(number);
        Assert.Equal(1, saved.Steps.Count(step => step.Trigger == CaseTrigger.DeemAccept));
    }
}

public sealed class SqliteDeemedAcceptancePageTests(SqliteCasePortalFixture portal)
    : DeemedAcceptancePageTests(portal), IClassFixture<SqliteCasePortalFixture>;

public sealed class PostgresDeemedAcceptancePageTests(PostgresCasePortalFixture portal)
    : DeemedAcceptancePageTests(portal), IClassFixture<PostgresCasePortalFixture>;
