using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.PublicAccounts;

namespace Zhengwu.Web.Tests.Approvals.Cases;

/// <summary>
/// A portal for online filing with uploads limited to 1 MiB. 固定资产投资项目节能审查 (620100-XK-00002) gets three
/// materials, the last one optional; 企业投资项目核准 (620100-XK-00001) is suspended,
/// 实施学前教育、学历教育及文化教育的民办学校设立审批 (620100-XK-00003) is cancelled and 620100-XK-00010 is classified.
/// </summary>
public abstract class CasePortalFixture(DatabaseProvider provider) : PublicAccountPortalFixture(provider), IAsyncLifetime
{
    public const string OpenCode = "620100-XK-00002";
    public const string SuspendedCode = "620100-XK-00001";
    public const string CancelledCode = "620100-XK-00003";
    public const string ClassifiedCode = "620100-XK-00010";
    public const long MaxFileBytes = 1024 * 1024;
    public const string Password = "Gaolan-Shan-88";

    public static readonly string[] Materials = ["节能审查申请书", "项目节能报告", "项目备案文件（如有）"];

    private int _people;

    public string FilesFolder => Path.Combine(Factory.Database.Folder, "files");

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ZhengwuDbContext>();
            (await db.PowerItems.SingleAsync(item => item.Code == OpenCode)).Materials = [.. Materials];
            (await db.PowerItems.SingleAsync(item => item.Code == SuspendedCode)).Status = PowerItemStatus.Suspended;
            (await db.PowerItems.SingleAsync(item => item.Code == CancelledCode)).Status = PowerItemStatus.Cancelled;
            (await db.PowerItems.SingleAsync(item => item.Code == ClassifiedCode)).IsClassified = true;

            return await db.SaveChangesAsync();
        });
    }

    /// <summary>
    /// Registers a person with a new phone number and ID number, confirms the code and returns the signed-in
    /// browser with the account's id. The ID numbers are 62010219900101 plus a serial and the check character
    /// of GB 11643.
    /// </summary>
    internal async Task<Applicant> SignInApplicantAsync()
    {
        var serial = Interlocked.Increment(ref _people);
        var phone = "1370000" + serial.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var browser = CreateBrowser();
        var registered = await browser.SubmitAsync(
            "/account/register",
            ("Kind", "Person"),
            ("Name", "王五"),
            ("IdentityNumber", IdNumber(serial)),
            ("Channel", "Phone"),
            ("Contact", phone),
            ("Password", Password));
        var confirmed = await browser.SubmitAsync(registered.Location!, ("Code", LastCodeFor(phone)));
        confirmed.RequireRedirect("/account");
        var account = await WithScopeAsync(services =>
            services.GetRequiredService<Infrastructure.Accounts.Registration.PublicAccounts>().FindForSignInAsync(phone, CancellationToken.None));

        return new Applicant(browser, account!.Id, phone);
    }

    public Task<int> SetStatusAsync(string code, PowerItemStatus status) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        (await db.PowerItems.SingleAsync(item => item.Code == code)).Status = status;

        return await db.SaveChangesAsync();
    });

    public Task<List<ApplicationCase>> CasesAsync() => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ApplicationCases.AsNoTracking()
            .Include(@case => @case.Materials)
            .Include(@case => @case.Steps)
            .OrderBy(@case => @case.Id)
            .ToListAsync());

    /// <summary>Returns every file in the file store, relative to its folder, with '/' between folders.</summary>
    public List<string> FilesOnDisk() => Directory.Exists(FilesFolder)
        ? [.. Directory.EnumerateFiles(FilesFolder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(FilesFolder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)]
        : [];

    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Zhengwu:Files:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string IdNumber(int serial)
    {
        var body = "62010219900101" + serial.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((digit, index) => (digit - '0') * weights[index]).Sum();

        return body + "10X98765432"[sum % 11];
    }
}

/// <summary>A signed-in public account and its browser.</summary>
internal sealed record Applicant(StaffBrowser Browser, Guid Id, string Phone) : IDisposable
{
    public void Dispose() => Browser.Dispose();
}

public sealed class SqliteCasePortalFixture() : CasePortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresCasePortalFixture() : CasePortalFixture(DatabaseProvider.Postgres);
