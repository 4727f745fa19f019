using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>The service center administrator's joint item page and the parts of the cases filed afterwards.</summary>
public abstract class JointItemConfigurationTests(CasePortalFixture portal)
{
    private const string PagePath = "/staff/approvals/joint-items";
    private const string ApplyPath = $"/approvals/items/{CasePortalFixture.OpenCode}/apply";
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string LegalOffice = "兰州市人民政府法制办公室";
    private const string Market = "兰州市市场监督管理局";

    private static readonly byte[] s_pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

    [Fact]
    public async Task Configuration_opens_three_parts()
    {
        var (leadId, leadName) = await ItemDepartmentAsync();
        var others = await OtherDepartmentsAsync(leadId);
        using var admin = await SignInAsync(StaffRole.ServiceCenterAdministrator, leadId);

        var saved = await admin.SubmitAsync(
            PagePath,
            ("ItemCode", CasePortalFixture.OpenCode),
            ("DepartmentIds", $"{others[1].Id}"),
            ("DepartmentIds", $"{others[0].Id}"));
        var page = await admin.GetAsync(PagePath);
        using var applicant = await portal.SignInApplicantAsync();
        var number = await FileAsync(applicant.Browser);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var row = page.Document.QuerySelector($"tr[data-item='{CasePortalFixture.OpenCode}']");
        Assert.NotNull(row);
        Assert.Equal(leadName, row.QuerySelector(".lead")?.TextContent);
        Assert.Equal($"{others[0].Name}、{others[1].Name}", row.QuerySelector(".co-handling")?.TextContent);
        var parts = await PartsAsync(number);
        Assert.Equal([(leadId, true), (others[0].Id, false), (others[1].Id, false)], parts);
        Assert.Equal(1, await AuditsAsync(AuditActions.ContentChanged, CasePortalFixture.OpenCode));
    }

    [Fact]
    public async Task Bad_departments_rejected_in_chinese()
    {
        var (leadId, leadName) = await ItemDepartmentAsync();
        var others = await OtherDepartmentsAsync(leadId);
        var foreign = await ForeignDepartmentAsync();
        using var admin = await SignInAsync(StaffRole.ServiceCenterAdministrator, leadId);
        var before = await JointRowsAsync();

        var unknown = await admin.SubmitAsync(
            PagePath, ("ItemCode", CasePortalFixture.OpenCode), ("DepartmentIds", "987654"));
        var leadTwice = await admin.SubmitAsync(
            PagePath, ("ItemCode", CasePortalFixture.OpenCode), ("DepartmentIds", $"{leadId}"), ("DepartmentIds", $"{others[0].Id}"));
        var otherRegion = await admin.SubmitAsync(
            PagePath, ("ItemCode", CasePortalFixture.OpenCode), ("DepartmentIds", $"{foreign.Id}"));
        var none = await admin.SubmitAsync(PagePath, ("ItemCode", CasePortalFixture.OpenCode));
        var unknownItem = await admin.SubmitAsync(PagePath, ("ItemCode", "620100-XK-99999"), ("DepartmentIds", $"{others[0].Id}"));

        Assert.Equal(["部门编号“987654”不存在，请从列表中选择协办部门。"], Problems(unknown));
        Assert.Equal([$"“{leadName}”是该事项的实施部门，已是牵头部门，不能再列为协办部门，请取消勾选。"], Problems(leadTwice));
        Assert.Equal(
            [$"“{foreign.Name}”属于地区 {foreign.RegionCode}，而事项属于地区 620100。协办部门须与事项属于同一地区，请取消勾选。"],
            Problems(otherRegion));
        Assert.Equal(["请至少选择一个协办部门。牵头部门为事项的实施部门，无须选择。"], Problems(none));
        Assert.Equal(["事项编码“620100-XK-99999”不存在，请填写权力清单中的事项编码，例如 620100-XK-00002。"], Problems(unknownItem));
        Assert.Equal(before, await JointRowsAsync());
    }

    [Fact]
    public async Task Removal_restores_single_department()
    {
        // Another item than the filing tests' one, so their audit counts stay their own.
        const string code = "620100-XK-00005";
        var (leadId, _) = await ItemDepartmentAsync();
        var others = await OtherDepartmentsAsync(leadId);
        using var admin = await SignInAsync(StaffRole.ServiceCenterAdministrator, leadId);
        var before = await JointRowsAsync();
        await admin.SubmitAsync(PagePath, ("ItemCode", code), ("DepartmentIds", $"{others[0].Id}"));
        var joint = await JointRowsAsync();

        var removed = await admin.SubmitAsync(PagePath + "?handler=Remove", ("ItemCode", code));
        var page = await admin.GetAsync(removed.Location!);
        var again = await admin.SubmitAsync(PagePath + "?handler=Remove", ("ItemCode", code));
        var unknown = await admin.SubmitAsync(PagePath + "?handler=Remove", ("ItemCode", "620100-XK-99999"));

        Assert.Equal(before.Count + 1, joint.Count);
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Equal(before, await JointRowsAsync());
        Assert.Null(page.Document.QuerySelector($"tr[data-item='{code}']"));
        Assert.Equal(
            $"已取消事项 {code} 的并联审批，此后新申报的办件由实施部门单独办理，已申报的办件不受影响。",
            page.Document.QuerySelector("p.notice")?.TextContent);
        Assert.Equal([$"事项 {code} 不是并联审批事项，无须取消。"], Problems(again));
        Assert.Equal(["事项编码“620100-XK-99999”不存在，请填写权力清单中的事项编码，例如 620100-XK-00002。"], Problems(unknown));
        Assert.Equal(2, await AuditsAsync(AuditActions.ContentChanged, code));
    }

    [Fact]
    public async Task Department_staff_cannot_configure()
    {
        var (leadId, _) = await ItemDepartmentAsync();
        using var lead = await SignInAsync(StaffRole.DepartmentLead, leadId);
        var before = await JointRowsAsync();

        var page = await lead.GetAsync(PagePath);

        Assert.NotEqual(HttpStatusCode.OK, page.Status);
        Assert.Equal(before, await JointRowsAsync());
    }

    private static List<string> Problems(BrowserResponse response) =>
        [.. response.Document.QuerySelectorAll("ul.error li").Select(item => item.TextContent)];

    private async Task<StaffBrowser> SignInAsync(StaffRole role, int departmentId)
    {
        var userName = "joint-staff-" + Guid.NewGuid().ToString("N")[..12];
        var account = await portal.CreateStaffAsync(userName);
        await portal.UpdateAccountAsync(userName, stored =>
        {
            stored.Role = role;
            stored.DepartmentId = departmentId;
        });
        var browser = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));

        return browser;
    }

    private Task<(int Id, string Name)> ItemDepartmentAsync() => portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.AsNoTracking().SingleAsync(item => item.Code == CasePortalFixture.OpenCode);
        var department = await db.Departments.AsNoTracking().SingleAsync(department => department.Id == item.DepartmentId);

        return (department.Id, department.Name);
    });

    /// <summary>Returns two of the three named city departments other than the item's, in id order.</summary>
    private Task<List<(int Id, string Name)>> OtherDepartmentsAsync(int leadId) => portal.WithScopeAsync(async services =>
    {
        var rows = await services.GetRequiredService<ZhengwuDbContext>().Departments.AsNoTracking()
            .Where(department => (department.Name == ReviewOffice || department.Name == LegalOffice || department.Name == Market)
                && department.Id != leadId)
            .Select(department => new { department.Id, department.Name })
            .ToListAsync();

        return rows.OrderBy(row => row.Id).Take(2).Select(row => (row.Id, row.Name)).ToList();
    });

    private Task<(int Id, string Name, string RegionCode)> ForeignDepartmentAsync() => portal.WithScopeAsync(async services =>
    {
        var department = await services.GetRequiredService<ZhengwuDbContext>().Departments.AsNoTracking()
            .OrderBy(department => department.Id)
            .FirstAsync(department => department.RegionCode != "620100");

        return (department.Id, department.Name, department.RegionCode);
    });

    private Task<List<(int DepartmentId, bool IsLead)>> PartsAsync(string number) => portal.WithScopeAsync(async services =>
    {
        var found = await services.GetRequiredService<ZhengwuDbContext>().ApplicationCases.AsNoTracking()
            .Include(@case => @case.Parts)
            .SingleAsync(@case => @case.Number == number);

        return found.Parts.OrderBy(part => part.Id).Select(part => (part.DepartmentId, part.IsLead)).ToList();
    });

    private Task<List<string>> JointRowsAsync() => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().JointItemDepartments.AsNoTracking()
            .OrderBy(joint => joint.PowerItemId).ThenBy(joint => joint.DepartmentId)
            .Select(joint => joint.PowerItemId + ":" + joint.DepartmentId)
            .ToListAsync());

    private Task<int> AuditsAsync(string action, string objectId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .CountAsync(record => record.Action == action && record.ObjectId == objectId));

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

public sealed class SqliteJointItemConfigurationTests(SqliteCasePortalFixture portal)
    : JointItemConfigurationTests(portal), IClassFixture<SqliteCasePortalFixture>;

public sealed class PostgresJointItemConfigurationTests(PostgresCasePortalFixture portal)
    : JointItemConfigurationTests(portal), IClassFixture<PostgresCasePortalFixture>;
