using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.Accounts;

/// <summary>
/// Account administration with separated duties: the system administrator creates accounts and requests roles,
/// only the security administrator's approval sets a role, and each action writes one audit record.
/// </summary>
public abstract class AccountAdministrationTests(AccountAdministrationFixture portal)
{
    private const string AccountsPage = "/staff/accounts";
    private const string RequestsPage = "/staff/security/role-requests";
    private const string LoginChallenge = "https://localhost/staff/login?ReturnUrl=%2Fstaff";
    private const string Market = AccountPortalFixture.MarketDepartment;

    [Fact]
    public async Task Role_takes_effect_on_approval()
    {
        var (sys, sec) = await AdministratorsAsync("grant");
        using var sysBrowser = await portal.SignInAsync(sys);
        using var secBrowser = await portal.SignInAsync(sec);
        var market = await portal.DepartmentAsync(Market);

        var created = await PostAsync(sysBrowser, AccountsPage, "Create", ("UserName", "wang.fang"), ("DisplayName", "王芳"), ("DepartmentId", $"{market.Id}"));
        var oneTime = created.Document.QuerySelector("code.one-time-password")?.TextContent ?? "";
        var account = await portal.FindAccountAsync("wang.fang");
        var pendingBefore = await PendingCountAsync(secBrowser);
        var requested = await PostAsync(sysBrowser, AccountsPage, $"RequestRole&id={account.Id}", ("role", "ContentOfficer"));
        var beforeApproval = await portal.FindAccountAsync("wang.fang");
        var pendingAfter = await PendingCountAsync(secBrowser);
        var requestId = (await portal.RequestsForAsync(account.Id)).Single().Id;
        var approved = await PostAsync(secBrowser, RequestsPage, $"Approve&id={requestId}");
        var afterApproval = await portal.FindAccountAsync("wang.fang");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(16, oneTime.Length);
        Assert.Null(account.Role);
        Assert.True(account.MustChangePassword);
        Assert.Equal(market.Id, account.DepartmentId);
        Assert.Equal("620100", account.RegionCode);
        Assert.Equal(HttpStatusCode.OK, requested.Status);
        Assert.Equal("已为账户“wang.fang”申请角色“内容专员”，待安全管理员审批。", requested.Document.QuerySelector(".notice p")?.TextContent);
        Assert.Null(beforeApproval.Role);
        Assert.Equal(pendingBefore + 1, pendingAfter);
        Assert.Equal(HttpStatusCode.OK, approved.Status);
        Assert.Equal(StaffRole.ContentOfficer, afterApproval.Role);
        Assert.NotEqual(beforeApproval.SecurityStamp, afterApproval.SecurityStamp);
        Assert.Equal(RoleGrantStatus.Approved, (await portal.RequestsForAsync(account.Id)).Single().Status);
        await AssertAuditAsync(
            account.Id,
            (AuditActions.AccountCreated, AuditResult.Succeeded, sys.UserName),
            (AuditActions.RoleRequested, AuditResult.Succeeded, sys.UserName),
            (AuditActions.RoleApproved, AuditResult.Succeeded, sec.UserName));
        await CompleteFirstSignInAsync("wang.fang", oneTime);
    }

    [Fact]
    public async Task Security_administrator_cannot_manage_accounts()
    {
        var (_, sec) = await AdministratorsAsync("sec-denied");
        using var browser = await portal.SignInAsync(sec);
        var market = await portal.DepartmentAsync(Market);

        var page = await browser.GetAsync(AccountsPage);
        var token = (await browser.GetAsync("/staff")).FormToken!;
        var create = await browser.PostAsync(
            $"{AccountsPage}?handler=Create",
            ("UserName", "sec-made"),
            ("DisplayName", "越权"),
            ("DepartmentId", $"{market.Id}"),
            ("__RequestVerificationToken", token));

        AssertDenied(page);
        AssertDenied(create);
        await Assert.ThrowsAsync<InvalidOperationException>(() => portal.FindAccountAsync("sec-made"));
    }

    [Fact]
    public async Task System_administrator_cannot_approve()
    {
        var (sys, _) = await AdministratorsAsync("sys-denied");
        var target = await portal.CreateStaffAsync("sys-denied-target", enrolled: false);
        await portal.UpdateAccountAsync(target.UserName, entry => entry.Role = null);
        var requestId = await portal.AddRequestAsync(new RoleGrantRequest(target.Id, StaffRole.ContentOfficer, sys.Id, portal.Clock.GetUtcNow()));
        using var browser = await portal.SignInAsync(sys);

        var page = await browser.GetAsync(RequestsPage);
        var token = (await browser.GetAsync("/staff")).FormToken!;
        var approve = await browser.PostAsync($"{RequestsPage}?handler=Approve&id={requestId}", ("__RequestVerificationToken", token));

        AssertDenied(page);
        AssertDenied(approve);
        Assert.Equal(RoleGrantStatus.Pending, (await portal.RequestsForAsync(target.Id)).Single().Status);
        Assert.Null((await portal.FindAccountAsync(target.UserName)).Role);
    }

    [Fact]
    public async Task Audit_administrator_reaches_neither_area()
    {
        var audit = await portal.CreateAdministratorAsync("audit-denied", StaffRole.AuditAdministrator);
        using var browser = await portal.SignInAsync(audit);

        AssertDenied(await browser.GetAsync(AccountsPage));
        AssertDenied(await browser.GetAsync(RequestsPage));
    }

    [Fact]
    public async Task Nobody_approves_own_requests()
    {
        var (sys, sec) = await AdministratorsAsync("self");
        var target = await portal.CreateStaffAsync("self-target", enrolled: false);
        await portal.UpdateAccountAsync(target.UserName, entry => entry.Role = null);
        var now = portal.Clock.GetUtcNow();
        var forApprover = await portal.AddRequestAsync(new RoleGrantRequest(sec.Id, StaffRole.ContentOfficer, sys.Id, now));
        var byApprover = await portal.AddRequestAsync(new RoleGrantRequest(target.Id, StaffRole.ContentOfficer, sec.Id, now));
        using var sysBrowser = await portal.SignInAsync(sys);
        using var secBrowser = await portal.SignInAsync(sec);

        var forSelf = await PostAsync(sysBrowser, AccountsPage, $"RequestRole&id={sys.Id}", ("role", "ContentOfficer"));
        var approveForSelf = await PostAsync(secBrowser, RequestsPage, $"Approve&id={forApprover}");
        var approveOwn = await PostAsync(secBrowser, RequestsPage, $"Approve&id={byApprover}");

        Assert.Equal(HttpStatusCode.BadRequest, forSelf.Status);
        Assert.Equal("不能为自己的账户申请角色。角色须由他人申请，并经安全管理员审批。", forSelf.Error);
        Assert.Equal(HttpStatusCode.BadRequest, approveForSelf.Status);
        Assert.Equal("不能审批为自己账户提出的角色申请，请由另一位安全管理员审批。", approveForSelf.Error);
        Assert.Equal(HttpStatusCode.BadRequest, approveOwn.Status);
        Assert.Equal("不能审批自己提出的申请，请由另一位安全管理员审批。", approveOwn.Error);
        Assert.Equal(StaffRole.SecurityAdministrator, (await portal.FindAccountAsync(sec.UserName)).Role);
        Assert.Null((await portal.FindAccountAsync(target.UserName)).Role);
        Assert.Equal(RoleGrantStatus.Pending, (await portal.RequestsForAsync(target.Id)).Single().Status);
        await AssertAuditAsync(
            sys.Id,
            (AuditActions.LoginSucceeded, AuditResult.Succeeded, sys.UserName),
            (AuditActions.RoleRequested, AuditResult.Denied, sys.UserName));
        await AssertAuditAsync(
            sec.Id,
            (AuditActions.LoginSucceeded, AuditResult.Succeeded, sec.UserName),
            (AuditActions.RoleApproved, AuditResult.Denied, sec.UserName));
        await AssertAuditAsync(target.Id, (AuditActions.RoleApproved, AuditResult.Denied, sec.UserName));
    }

    [Fact]
    public async Task Administrator_role_refused_for_role_holder()
    {
        var (sys, _) = await AdministratorsAsync("holder");
        var officer = await portal.CreateStaffAsync("holder-officer");
        using var browser = await portal.SignInAsync(sys);

        var response = await PostAsync(browser, AccountsPage, $"RequestRole&id={officer.Id}", ("role", "SecurityAdministrator"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(
            "账户“holder-officer”已有角色“内容专员”，管理员角色“安全管理员”只能授予尚无角色的账户。请为该管理员新建一个账户。",
            response.Error);
        Assert.Empty(await portal.RequestsForAsync(officer.Id));
        Assert.Equal(StaffRole.ContentOfficer, (await portal.FindAccountAsync(officer.UserName)).Role);
        await AssertAuditAsync(officer.Id, (AuditActions.RoleRequested, AuditResult.Denied, sys.UserName));
    }

    [Fact]
    public async Task Reviewer_refused_outside_review_office()
    {
        var (sys, _) = await AdministratorsAsync("reviewer");
        using var browser = await portal.SignInAsync(sys);
        var education = await portal.DepartmentAsync("兰州市教育局");
        var reviewOffice = await portal.DepartmentAsync("城关区行政审批制度改革工作领导小组办公室");
        await PostAsync(browser, AccountsPage, "Create", ("UserName", "edu.reviewer"), ("DisplayName", "赵敏"), ("DepartmentId", $"{education.Id}"));
        await PostAsync(browser, AccountsPage, "Create", ("UserName", "cg.reviewer"), ("DisplayName", "钱进"), ("DepartmentId", $"{reviewOffice.Id}"));
        var educationAccount = await portal.FindAccountAsync("edu.reviewer");
        var reviewAccount = await portal.FindAccountAsync("cg.reviewer");

        var refused = await PostAsync(browser, AccountsPage, $"RequestRole&id={educationAccount.Id}", ("role", "ReviewOfficeReviewer"));
        var accepted = await PostAsync(browser, AccountsPage, $"RequestRole&id={reviewAccount.Id}", ("role", "ReviewOfficeReviewer"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("部门“兰州市教育局”不是审改办，不能授予“审改办审核员”角色。请选择本地区审改办的账户，或申请其他角色。", refused.Error);
        Assert.Empty(await portal.RequestsForAsync(educationAccount.Id));
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal(StaffRole.ReviewOfficeReviewer, (await portal.RequestsForAsync(reviewAccount.Id)).Single().Role);
        Assert.Equal("620102", reviewAccount.RegionCode);
        await AssertAuditAsync(
            educationAccount.Id,
            (AuditActions.AccountCreated, AuditResult.Succeeded, sys.UserName),
            (AuditActions.RoleRequested, AuditResult.Failed, sys.UserName));
    }

    [Fact]
    public async Task Create_ignores_posted_role_fields()
    {
        var (sys, _) = await AdministratorsAsync("crafted");
        using var browser = await portal.SignInAsync(sys);
        var market = await portal.DepartmentAsync(Market);

        var created = await PostAsync(
            browser,
            AccountsPage,
            "Create",
            ("UserName", "crafted.admin"),
            ("DisplayName", "伪造"),
            ("DepartmentId", $"{market.Id}"),
            ("Role", "SecurityAdministrator"),
            ("role", "9"),
            ("RegionCode", "620102"),
            ("MustChangePassword", "false"),
            ("IsDisabled", "true"));
        var unknownDepartment = await PostAsync(browser, AccountsPage, "Create", ("UserName", "ghost.dept"), ("DisplayName", "无部门"), ("DepartmentId", "987654"));
        var account = await portal.FindAccountAsync("crafted.admin");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Null(account.Role);
        Assert.Equal("620100", account.RegionCode);
        Assert.True(account.MustChangePassword);
        Assert.False(account.IsDisabled);
        Assert.Empty(await portal.RequestsForAsync(account.Id));
        Assert.Equal(HttpStatusCode.BadRequest, unknownDepartment.Status);
        Assert.Equal("部门 987654 不存在，请从列表中选择部门。", unknownDepartment.Error);
        await Assert.ThrowsAsync<InvalidOperationException>(() => portal.FindAccountAsync("ghost.dept"));
    }

    [Fact]
    public async Task Unoffered_role_is_rejected()
    {
        var (sys, _) = await AdministratorsAsync("unoffered");
        var target = await portal.CreateStaffAsync("unoffered-target", enrolled: false);
        using var browser = await portal.SignInAsync(sys);

        var numeric = await PostAsync(browser, AccountsPage, $"RequestRole&id={target.Id}", ("role", "2"));
        var unknown = await PostAsync(browser, AccountsPage, $"RequestRole&id={target.Id}", ("role", "Root"));

        Assert.Equal(HttpStatusCode.BadRequest, numeric.Status);
        Assert.Equal("角色“2”无效，请从列表中选择角色。", numeric.Error);
        Assert.Equal("角色“Root”无效，请从列表中选择角色。", unknown.Error);
        Assert.Empty(await portal.RequestsForAsync(target.Id));
    }

    [Fact]
    public async Task Disabling_ends_user_session()
    {
        var (sys, _) = await AdministratorsAsync("disable");
        var target = await portal.CreateStaffAsync("disable-target");
        using var sysBrowser = await portal.SignInAsync(sys);
        using var targetBrowser = await portal.SignInAsync(target);
        var before = await targetBrowser.GetAsync("/staff");

        var disabled = await PostAsync(sysBrowser, AccountsPage, $"Disable&id={target.Id}");
        var after = await targetBrowser.GetAsync("/staff");
        var stored = await portal.FindAccountAsync(target.UserName);
        var enabled = await PostAsync(sysBrowser, AccountsPage, $"Enable&id={target.Id}");

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(HttpStatusCode.OK, disabled.Status);
        Assert.Equal("已停用", disabled.Document.QuerySelector($"tr[data-user-name='{target.UserName}'] td.state")?.TextContent);
        Assert.Equal(LoginChallenge, after.Location);
        Assert.True(stored.IsDisabled);
        Assert.Equal(HttpStatusCode.OK, enabled.Status);
        Assert.False((await portal.FindAccountAsync(target.UserName)).IsDisabled);
        await AssertAuditAsync(
            target.Id,
            (AuditActions.LoginSucceeded, AuditResult.Succeeded, target.UserName),
            (AuditActions.AccountDisabled, AuditResult.Succeeded, sys.UserName),
            (AuditActions.AccountEnabled, AuditResult.Succeeded, sys.UserName));
    }

    [Fact]
    public async Task Reset_keeps_second_factor()
    {
        var (sys, _) = await AdministratorsAsync("reset");
        var target = await portal.CreateStaffAsync("reset-target");
        var keyBefore = target.AuthenticatorKey;
        using var sysBrowser = await portal.SignInAsync(sys);

        var reset = await PostAsync(sysBrowser, AccountsPage, $"Reset&id={target.Id}");
        var oneTime = reset.Document.QuerySelector("code.one-time-password")?.TextContent ?? "";
        var stored = await portal.FindAccountAsync(target.UserName);
        using var targetBrowser = portal.CreateBrowser();
        var login = await targetBrowser.SubmitPasswordAsync(target.UserName, oneTime);
        var changed = await targetBrowser.ChangePasswordAsync(oneTime, "Yellow#River2027a");

        Assert.Equal(HttpStatusCode.OK, reset.Status);
        Assert.Equal(16, oneTime.Length);
        Assert.True(stored.TwoFactorEnabled);
        Assert.True(stored.MustChangePassword);
        Assert.Equal("/staff/login/change-password", login.Location);
        Assert.Equal("/staff/login/code", changed.Location);
        Assert.Equal(keyBefore, await portal.WithScopeAsync(services => AuthenticatorKeyAsync(services, target.UserName)));
        await AssertAuditAsync(
            target.Id,
            (AuditActions.PasswordReset, AuditResult.Succeeded, sys.UserName),
            (AuditActions.PasswordChanged, AuditResult.Succeeded, target.UserName));
    }

    [Fact]
    public async Task Administrator_accounts_are_protected()
    {
        var (sys, sec) = await AdministratorsAsync("protect");
        using var browser = await portal.SignInAsync(sys);

        var resetSelf = await PostAsync(browser, AccountsPage, $"Reset&id={sys.Id}");
        var disableSecurity = await PostAsync(browser, AccountsPage, $"Disable&id={sec.Id}");

        Assert.Equal(HttpStatusCode.BadRequest, resetSelf.Status);
        Assert.Equal("不能停用、启用或重置自己的账户，请由另一位系统管理员操作。", resetSelf.Error);
        Assert.Equal(HttpStatusCode.BadRequest, disableSecurity.Status);
        Assert.Equal("账户“protect-sec”是安全管理员，管理员账户不能在账户管理中停用、启用或重置密码。", disableSecurity.Error);
        Assert.False((await portal.FindAccountAsync(sec.UserName)).IsDisabled);
        await AssertAuditAsync(sec.Id, (AuditActions.AccountDisabled, AuditResult.Denied, sys.UserName));
    }

    [Fact]
    public async Task Reject_needs_reason_and_keeps_it()
    {
        var (sys, sec) = await AdministratorsAsync("reject");
        var target = await portal.CreateStaffAsync("reject-target", enrolled: false);
        await portal.UpdateAccountAsync(target.UserName, entry => entry.Role = null);
        using var sysBrowser = await portal.SignInAsync(sys);
        using var secBrowser = await portal.SignInAsync(sec);
        await PostAsync(sysBrowser, AccountsPage, $"RequestRole&id={target.Id}", ("role", "DepartmentLead"));
        var requestId = (await portal.RequestsForAsync(target.Id)).Single().Id;

        var blank = await PostAsync(secBrowser, RequestsPage, $"Reject&id={requestId}", ("reason", "  "));
        var rejected = await PostAsync(secBrowser, RequestsPage, $"Reject&id={requestId}", ("reason", "未附任职文件"));
        var again = await PostAsync(secBrowser, RequestsPage, $"Approve&id={requestId}");
        var request = (await portal.RequestsForAsync(target.Id)).Single();

        Assert.Equal("请填写驳回理由，该理由将记入申请记录。", blank.Error);
        Assert.Equal(HttpStatusCode.OK, rejected.Status);
        Assert.Equal("该申请已驳回，不能再次审批。如需该角色，请重新提出申请。", again.Error);
        Assert.Equal(RoleGrantStatus.Rejected, request.Status);
        Assert.Equal("未附任职文件", request.RejectionReason);
        Assert.Equal(sec.Id, request.DecidedById);
        Assert.Null((await portal.FindAccountAsync(target.UserName)).Role);
        var accounts = await sysBrowser.GetAsync(AccountsPage);
        var row = accounts.Document.QuerySelector($"tr[data-user-name='{target.UserName}']");
        Assert.Equal("（申请分管领导被驳回：未附任职文件）", row?.QuerySelector(".rejected")?.TextContent);
        await AssertAuditAsync(
            target.Id,
            (AuditActions.RoleRequested, AuditResult.Succeeded, sys.UserName),
            (AuditActions.RoleRejected, AuditResult.Failed, sec.UserName),
            (AuditActions.RoleRejected, AuditResult.Succeeded, sec.UserName),
            (AuditActions.RoleApproved, AuditResult.Failed, sec.UserName));
    }

    private static async Task<int> PendingCountAsync(StaffBrowser browser)
    {
        var dashboard = await browser.GetAsync("/staff");

        return int.Parse(dashboard.Document.QuerySelector(".pending-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(StaffAccount System, StaffAccount Security)> AdministratorsAsync(string prefix) =>
        (await portal.CreateAdministratorAsync($"{prefix}-sys", StaffRole.SystemAdministrator),
            await portal.CreateAdministratorAsync($"{prefix}-sec", StaffRole.SecurityAdministrator));

    /// <summary>Reads the page's form token, then posts <paramref name="fields"/> to one of its handlers.</summary>
    private static async Task<BrowserResponse> PostAsync(
        StaffBrowser browser,
        string page,
        string handler,
        params (string Name, string Value)[] fields)
    {
        var form = await browser.GetAsync(page);
        var token = form.FormToken ?? throw new InvalidOperationException($"GET {page} returned {(int)form.Status} without a form.");

        return await browser.PostAsync($"{page}?handler={handler}", [.. fields, ("__RequestVerificationToken", token)]);
    }

    private async Task CompleteFirstSignInAsync(string userName, string oneTime)
    {
        using var browser = portal.CreateBrowser();
        (await browser.SubmitPasswordAsync(userName, oneTime)).RequireRedirect("/staff/login/change-password");
        (await browser.ChangePasswordAsync(oneTime, "Gansu#Lanzhou2027")).RequireRedirect("/staff/login/enroll");
        var enroll = await browser.GetAsync("/staff/login/enroll");
        var key = enroll.Document.QuerySelector("code.secret")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var enrolled = await browser.SubmitAsync("/staff/login/enroll", ("Code", portal.NextCode(key)));
        var staff = await browser.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, enrolled.Status);
        Assert.Equal(HttpStatusCode.OK, staff.Status);
        Assert.Equal("王芳 · 内容专员 · 兰州市市场监督管理局", staff.Document.QuerySelector("main p")?.TextContent);
    }

    private async Task AssertAuditAsync(Guid accountId, params (string Action, AuditResult Result, string AccountName)[] expected)
    {
        var records = await portal.AuditForAsync(accountId);

        Assert.Equal(expected, records.Select(record => (record.Action, record.Result, record.AccountName ?? "")));
    }

    private static void AssertDenied(BrowserResponse response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("无权访问", response.Document.QuerySelector("h1")?.TextContent);
    }

    private static async Task<string?> AuthenticatorKeyAsync(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<UserManager<Account>>();

        return await users.GetAuthenticatorKeyAsync((await users.FindByNameAsync(userName))!);
    }
}

public sealed class SqliteAccountAdministrationTests(SqliteAccountAdministrationFixture portal)
    : AccountAdministrationTests(portal), IClassFixture<SqliteAccountAdministrationFixture>;

public sealed class PostgresAccountAdministrationTests(PostgresAccountAdministrationFixture portal)
    : AccountAdministrationTests(portal), IClassFixture<PostgresAccountAdministrationFixture>;
