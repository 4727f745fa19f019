using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// The versions and changes of a classified item never reach the public change log, its feeds or the item's
/// history, whether the item was classified before its change was published or after.
/// </summary>
public abstract class ClassifiedChangeTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";

    [Fact]
    public async Task Change_of_classified_item_is_hidden()
    {
        using var officer = await portal.SignInAsync("classified-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("classified-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("classified-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var code = await portal.ItemCodeAsync("对违法生产经营的食品及相关物品的查封、扣押");
        await portal.UpdateItemAsync(code, item => item.IsClassified = true);

        await ChangePages.PublishElementChangeAsync(officer, lead, reviewer, code, ("Elements.OfficeHours", "全天"));

        Assert.Equal(2, (await portal.ReadVersionsAsync(code)).Count);
        await AssertHiddenAsync(officer, code);
    }

    [Fact]
    public async Task Item_classified_later_is_hidden()
    {
        using var officer = await portal.SignInAsync("declassified-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("declassified-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("declassified-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var code = await portal.ItemCodeAsync("对未经设立登记从事经营活动的处罚");
        await ChangePages.PublishElementChangeAsync(officer, lead, reviewer, code, ("Elements.OfficeHours", "全天"));
        var before = await officer.GetAsync("/changes");
        Assert.Contains(code, before.Html, StringComparison.Ordinal);

        await portal.UpdateItemAsync(code, item => item.IsClassified = true);

        await AssertHiddenAsync(officer, code);
    }

    private async Task AssertHiddenAsync(StaffBrowser browser, string code)
    {
        var departmentId = await portal.DepartmentIdAsync(AccountPortalFixture.MarketDepartment);
        foreach (var path in new[]
        {
            "/changes", "/changes?region=620100", $"/changes?department={departmentId}",
            "/changes.atom", "/changes.atom?region=620100", $"/changes.atom?department={departmentId}",
        })
        {
            var response = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.DoesNotContain(code, response.Html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/power-items/{code}/history")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/power-items/{code}/history?from=1&to=2")).Status);
    }
}

public sealed class SqliteClassifiedChangeTests(SqliteDraftPortalFixture portal)
    : ClassifiedChangeTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresClassifiedChangeTests(PostgresDraftPortalFixture portal)
    : ClassifiedChangeTests(portal), IClassFixture<PostgresDraftPortalFixture>;
