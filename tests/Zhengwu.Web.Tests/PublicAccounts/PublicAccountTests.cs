using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.PublicAccounts;

/// <summary>
/// Registration of person and company accounts with a code from the outbox file, encryption of ID and phone
/// numbers at rest, and the separation of public and staff sign-in. Each test registers its own numbers. The ID
/// numbers' check characters were computed with the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 and 10X98765432.
/// </summary>
public abstract class PublicAccountTests(PublicAccountPortalFixture portal)
{
    private const string Password = "Gaolan-Shan-88";

    [Fact]
    public async Task Person_registers_with_phone_code()
    {
        using var browser = portal.CreateBrowser();

        var registered = await RegisterPersonAsync(browser, "620102198805161232", "138 1234 5678");
        var verify = await browser.GetAsync(registered.Location!);
        var code = portal.LastCodeFor("13812345678");
        var confirmed = await browser.SubmitAsync(registered.Location!, ("Code", code));
        var account = await browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        Assert.StartsWith("/account/verify?account=", registered.Location, StringComparison.Ordinal);
        Assert.Equal("138****5678", verify.Document.QuerySelector(".sent-to strong")?.TextContent);
        Assert.Matches("^[0-9]{6}$", code);
        confirmed.RequireRedirect("/account");
        Assert.Equal(HttpStatusCode.OK, account.Status);
        Assert.Equal("no-store", account.CacheControl);
        Assert.Equal(["张三", "个人", "6201**********1232", "138****5678"], Details(account));
        Assert.DoesNotContain("198805161", account.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", account.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_data_reads_are_audited()
    {
        using var browser = portal.CreateBrowser();
        var registered = await RegisterPersonAsync(browser, "620102198203040011", "13700005555");
        await browser.GetAsync(registered.Location!);
        await browser.SubmitAsync(registered.Location!, ("Code", portal.LastCodeFor("13700005555")));
        var accountId = Guid.Parse(registered.Location!["/account/verify?account=".Length..]).ToString();
        var before = await ReadsOfAsync(accountId);

        await browser.GetAsync("/account");

        // The two GETs of the verification page and its POST each show the masked number, then the code is checked.
        Assert.Equal(
            [
                ("anonymous", "读取手机号码，用途：显示验证码接收地址（遮蔽）"),
                ("anonymous", "读取手机号码，用途：显示验证码接收地址（遮蔽）"),
                ("anonymous", "读取手机号码，用途：显示验证码接收地址（遮蔽）"),
                ("system", "读取手机号码，用途：核对验证码"),
            ],
            before.Select(read => (read.AccountId!, read.Detail!)));
        var after = (await ReadsOfAsync(accountId)).Skip(before.Count).ToList();
        Assert.Equal(
            [(accountId, "读取身份证号码，用途：本人查看账户信息"), (accountId, "读取手机号码，用途：本人查看账户信息")],
            after.Select(read => (read.AccountId!, read.Detail!)));
        Assert.All(after, read => Assert.Equal("public-account", read.ObjectType));
    }

    [Fact]
    public async Task Id_and_phone_encrypted_at_rest()
    {
        using var browser = portal.CreateBrowser();
        var registered = await RegisterPersonAsync(browser, "620102199001010011", "13900001111");
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);

        var row = await ReadUserRowAsync("13900001111");

        Assert.NotEmpty(row);
        Assert.All(row.Values, value => Assert.DoesNotContain("620102199001010011", value, StringComparison.Ordinal));
        Assert.All(row.Values, value => Assert.DoesNotContain("13900001111", value, StringComparison.Ordinal));
        Assert.All(row.Values, value => Assert.DoesNotContain("0001111", value, StringComparison.Ordinal));
        Assert.Equal("", row["PhoneNumber"]);
        Assert.NotEqual("", row["IdNumberCipher"]);
        Assert.Equal(64, row["IdNumberHash"].Length);
        Assert.Equal(64, row["PhoneHash"].Length);
    }

    [Fact]
    public async Task Wrong_code_counts_down()
    {
        using var browser = portal.CreateBrowser();
        var registered = await RegisterPersonAsync(browser, "62010219900101002X", "13900002222");
        var code = portal.LastCodeFor("13900002222");
        var wrong = code == "000000" ? "000001" : "000000";

        var first = await browser.SubmitAsync(registered.Location!, ("Code", wrong));
        var right = await browser.SubmitAsync(registered.Location!, ("Code", code));
        var again = await browser.GetAsync(registered.Location!);

        Assert.Equal("验证码不正确，还可再试4次，请核对短信或邮件中的6位数字。", first.Error);
        right.RequireRedirect("/account");
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Fact]
    public async Task Fifth_wrong_code_spends_it()
    {
        using var browser = portal.CreateBrowser();
        var registered = await RegisterPersonAsync(browser, "440524199001010018", "13600001111");
        var code = portal.LastCodeFor("13600001111");
        var wrong = code == "000000" ? "000001" : "000000";

        var errors = new List<string?>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            errors.Add((await browser.SubmitAsync(registered.Location!, ("Code", wrong))).Error);
        }

        var right = await browser.SubmitAsync(registered.Location!, ("Code", code));

        Assert.Equal("验证码不正确，还可再试1次，请核对短信或邮件中的6位数字。", errors[3]);
        Assert.Equal("验证码不正确，且错误次数已达上限，该验证码已失效，请重新获取。", errors[4]);
        Assert.Equal("验证码已过期、已使用或尚未获取，请重新获取验证码。", right.Error);
    }

    [Fact]
    public async Task Expired_code_is_rejected()
    {
        using var browser = portal.CreateBrowser();
        var registered = await RegisterPersonAsync(browser, "620102199001010038", "13900003333");
        var code = portal.LastCodeFor("13900003333");

        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        var expired = await browser.SubmitAsync(registered.Location!, ("Code", code));

        Assert.Equal("验证码已过期、已使用或尚未获取，请重新获取验证码。", expired.Error);
    }

    [Fact]
    public async Task Resend_waits_sixty_seconds()
    {
        using var browser = portal.CreateBrowser();
        var registered = await RegisterPersonAsync(browser, "620102199001010046", "13900004444");
        var resendPath = registered.Location!.Replace("?account=", "?handler=Resend&account=", StringComparison.Ordinal);

        portal.Clock.Advance(TimeSpan.FromSeconds(45));
        var early = await SubmitResendAsync(browser, registered.Location!, resendPath);
        portal.Clock.Advance(TimeSpan.FromSeconds(15));
        var onTime = await SubmitResendAsync(browser, registered.Location!, resendPath);
        var code = portal.LastCodeFor("13900004444");
        var confirmed = await browser.SubmitAsync(registered.Location!, ("Code", code));

        Assert.Equal("验证码发送过于频繁，请在15秒后再获取。", early.Error);
        Assert.Null(onTime.Error);
        Assert.Equal(2, portal.OutboxMessages().Count(message => message.Address == "13900004444"));
        confirmed.RequireRedirect("/account");
    }

    [Theory]
    [InlineData("620102198805161234", "身份证号码校验位不正确：最后一位是“4”，与前17位不符，请逐位核对号码后重新填写。")]
    [InlineData("62010219000229123X", "身份证号码第7至14位“19000229”不是有效的出生日期（应为年月日，如19880516），请核对后重新填写。")]
    [InlineData("6201021988051612", "身份证号码“6201********1612”格式不正确：应为18位，前17位为数字，最后一位为数字或X，请核对后重新填写。")]
    public async Task Invalid_id_number_creates_nothing(string number, string expected)
    {
        using var browser = portal.CreateBrowser();
        var before = await CountPublicAccountsAsync();
        var messages = portal.OutboxMessages().Count;

        var response = await RegisterPersonAsync(browser, number, "13900005555");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(expected, response.Document.QuerySelector(".error-summary li[data-field=IdentityNumber]")?.TextContent);
        Assert.Equal(before, await CountPublicAccountsAsync());
        Assert.Equal(messages, portal.OutboxMessages().Count);
    }

    [Fact]
    public async Task Invalid_phone_names_value()
    {
        using var browser = portal.CreateBrowser();

        var response = await RegisterPersonAsync(browser, "620102199001010054", "1290000666");

        Assert.Equal(
            "手机号码“1290000666”无效：应为11位中国大陆手机号码，以1开头、第二位为3至9，请核对后重新填写。",
            response.Document.QuerySelector(".error-summary li[data-field=Contact]")?.TextContent);
    }

    [Fact]
    public async Task Company_registers_with_email()
    {
        using var browser = portal.CreateBrowser();

        var bad = await RegisterCompanyAsync(browser, "91350100M000100Y44", "Info@Example.com");
        var registered = await RegisterCompanyAsync(browser, "91350100m000100y43", "Info@Example.com");
        var code = portal.LastCodeFor("info@example.com");
        var confirmed = await browser.SubmitAsync(registered.Location!, ("Code", code));
        var account = await browser.GetAsync("/account");

        Assert.Contains("统一社会信用代码“91350100M000100Y44”无效", bad.Error, StringComparison.Ordinal);
        Assert.StartsWith("/account/verify?account=", registered.Location, StringComparison.Ordinal);
        confirmed.RequireRedirect("/account");
        Assert.Equal(["兰州黄河测试有限公司", "法人（单位）", "91350100M000100Y43", "i***@example.com"], Details(account));
    }

    [Fact]
    public async Task Registered_number_is_taken()
    {
        using var browser = portal.CreateBrowser();
        var first = await RegisterPersonAsync(browser, "620102199001010062", "13900007777");
        await browser.SubmitAsync(first.Location!, ("Code", portal.LastCodeFor("13900007777")));

        using var other = portal.CreateBrowser();
        var second = await RegisterPersonAsync(other, "620102199001010062", "13900008888");

        Assert.Equal(
            "该号码已注册账户，请直接登录；如忘记密码，请到政务服务大厅办理。",
            second.Document.QuerySelector(".error-summary li[data-field=IdentityNumber]")?.TextContent);
    }

    [Fact]
    public async Task Sign_in_by_id_then_logout()
    {
        using var registering = portal.CreateBrowser();
        var registered = await RegisterPersonAsync(registering, "620102199001010070", "13900009999");
        await registering.SubmitAsync(registered.Location!, ("Code", portal.LastCodeFor("13900009999")));

        using var browser = portal.CreateBrowser();
        var signedIn = await browser.SubmitAsync("/account/login", ("Identifier", "620102199001010070"), ("Password", Password));
        var account = await browser.GetAsync("/account");
        var loggedOut = await browser.SubmitAsync("/account/logout");
        var after = await browser.GetAsync("/account");
        var otherSession = await registering.GetAsync("/account");

        signedIn.RequireRedirect("/account");
        Assert.Equal(HttpStatusCode.OK, account.Status);
        loggedOut.RequireRedirect("/account/login?message=signed-out");
        Assert.Equal(HttpStatusCode.Redirect, after.Status);
        Assert.StartsWith("/account/login", new Uri(new Uri("https://localhost"), after.Location).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, otherSession.Status);
    }

    [Fact]
    public async Task Navigation_follows_public_sign_in()
    {
        using var browser = portal.CreateBrowser();
        var registered = await RegisterPersonAsync(browser, "620102199001010118", "13600005555");
        await browser.SubmitAsync(registered.Location!, ("Code", portal.LastCodeFor("13600005555")));

        // The account page requires the public sign-in, and the home page reads the public cookie where it was sent.
        var account = await browser.GetAsync("/account");
        var home = await browser.GetAsync("/");
        await browser.SubmitAsync("/account/logout");
        var homeAfter = await browser.GetAsync("/");

        string[] signedIn = ["首页", "权责清单", "事项检索", "咨询投诉", "我的账户", "退出"];
        Assert.Equal(signedIn, NavigationLabels(account));
        Assert.Equal(signedIn, NavigationLabels(home));
        Assert.Equal("/account/logout", home.Document.QuerySelector("nav a[href='/account/logout']")?.GetAttribute("href"));
        Assert.Equal(["首页", "权责清单", "事项检索", "咨询投诉", "登录", "工作人员登录"], NavigationLabels(homeAfter));
    }

    [Fact]
    public async Task Public_cookie_never_opens_staff()
    {
        using var browser = portal.CreateBrowser();
        var registered = await RegisterPersonAsync(browser, "620102199001010089", "13700001234");
        await browser.SubmitAsync(registered.Location!, ("Code", portal.LastCodeFor("13700001234")));

        var staff = await browser.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, staff.Status);
        Assert.StartsWith("/staff/login", new Uri(new Uri("https://localhost"), staff.Location).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_use_public_login()
    {
        var staff = await portal.CreateStaffAsync("public-login-staff");
        await portal.UpdateAccountAsync(staff.UserName, account => account.Email = "staff-officer@example.com");
        using var browser = portal.CreateBrowser();

        var byEmail = await browser.SubmitAsync("/account/login", ("Identifier", "staff-officer@example.com"), ("Password", staff.Password));
        var byName = await browser.SubmitAsync("/account/login", ("Identifier", staff.UserName), ("Password", staff.Password));

        Assert.Equal(HttpStatusCode.BadRequest, byEmail.Status);
        Assert.Equal("账号或密码错误。连续失败5次后账户将锁定30分钟。", byEmail.Error);
        Assert.Equal("账号或密码错误。连续失败5次后账户将锁定30分钟。", byName.Error);
        Assert.Null(browser.CookieValue("__Host-zhengwu-public"));
    }

    [Fact]
    public async Task Public_account_cannot_use_staff_login()
    {
        using var browser = portal.CreateBrowser();
        var registered = await RegisterPersonAsync(browser, "11010519491231002X", "13700005678");
        await browser.SubmitAsync(registered.Location!, ("Code", portal.LastCodeFor("13700005678")));
        var userName = await portal.WithScopeAsync(async services => await services.GetRequiredService<ZhengwuDbContext>().Users
            .Where(account => account.IdNumberHash != null && account.DisplayName == "李四")
            .Select(account => account.UserName)
            .SingleAsync(TestContext.Current.CancellationToken));

        using var staffBrowser = portal.CreateBrowser();
        var response = await staffBrowser.SubmitPasswordAsync(userName!, Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("用户名或密码错误", response.Error, StringComparison.Ordinal);
    }

    private static Task<BrowserResponse> RegisterPersonAsync(StaffBrowser browser, string idNumber, string phone) =>
        browser.SubmitAsync(
            "/account/register",
            ("Kind", "Person"),
            ("Name", idNumber == "11010519491231002X" ? "李四" : "张三"),
            ("IdentityNumber", idNumber),
            ("Channel", "Phone"),
            ("Contact", phone),
            ("Password", Password));

    private static Task<BrowserResponse> RegisterCompanyAsync(StaffBrowser browser, string creditCode, string email) =>
        browser.SubmitAsync(
            "/account/register",
            ("Kind", "Company"),
            ("Name", "兰州黄河测试有限公司"),
            ("IdentityNumber", creditCode),
            ("Channel", "Email"),
            ("Contact", email),
            ("Password", Password));

    private static async Task<BrowserResponse> SubmitResendAsync(StaffBrowser browser, string pagePath, string resendPath)
    {
        var page = await browser.GetAsync(pagePath);

        return await browser.PostAsync(resendPath, ("__RequestVerificationToken", page.FormToken!));
    }

    private static List<string> Details(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll("dl.account-details dd").Select(dd => dd.TextContent.Trim())];

    private Task<int> CountPublicAccountsAsync() => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().Users.CountAsync(account => account.Kind != Domain.Accounts.AccountKind.Staff));

    /// <summary>
    /// Reads every column of the account row as text, straight from the database. The row is found by the keyed
    /// hash of its phone number.
    /// </summary>
    private Task<List<Domain.Audit.AuditRecord>> ReadsOfAsync(string accountId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
            .Where(record => record.Action == Domain.Audit.AuditActions.PersonalDataRead && record.ObjectId == accountId)
            .OrderBy(record => record.Id)
            .ToListAsync());

    private Task<Dictionary<string, string>> ReadUserRowAsync(string phone) => portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var phoneHash = services.GetRequiredService<PersonalDataProtector>().Hash(phone);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"AspNetUsers\" WHERE \"PhoneHash\" = @hash";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@hash";
        parameter.Value = phoneHash;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var row = new Dictionary<string, string>();
        if (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }
        }

        return row;
    });

    private static List<string> NavigationLabels(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll("nav li").Select(item => item.TextContent.Trim())];
}

public sealed class SqlitePublicAccountTests(SqlitePublicAccountPortalFixture portal)
    : PublicAccountTests(portal), IClassFixture<SqlitePublicAccountPortalFixture>;

public sealed class PostgresPublicAccountTests(PostgresPublicAccountPortalFixture portal)
    : PublicAccountTests(portal), IClassFixture<PostgresPublicAccountPortalFixture>;
