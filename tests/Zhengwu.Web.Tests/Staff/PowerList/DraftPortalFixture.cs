using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.TestSupport;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.PowerList;

/// <summary>
/// A portal with a fake clock and a 1 MB upload limit, whose staff of any role belong to 兰州市市场监督管理局.
/// The tests read drafts, attachments, stored files and audit records directly, and change items behind the
/// application's back to set up classified items, formula-like text and responsibility items.
/// </summary>
public abstract class DraftPortalFixture(DatabaseProvider provider) : AccountPortalFixture(provider)
{
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The folder of stored files, as the portal resolved it.</summary>
    public string FilesFolder => Factory.Services.GetRequiredService<IOptions<FileStoreOptions>>().Value.Folder;

    /// <summary>
    /// Creates an enrolled account of <paramref name="role"/> in <paramref name="departmentName"/>, by default the
    /// market supervision bureau.
    /// </summary>
    public Task<StaffAccount> CreateAccountAsync(string userName, StaffRole role, string departmentName = MarketDepartment) => WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<Account>>();
        var department = await services.GetRequiredService<ZhengwuDbContext>().Departments
            .SingleAsync(department => department.Name == departmentName);
        var account = new Account
        {
            UserName = userName,
            DisplayName = userName,
            Kind = AccountKind.Staff,
            Role = role,
            DepartmentId = department.Id,
            RegionCode = department.RegionCode,
            PasswordChangedAt = Clock.GetUtcNow(),
            CreatedAt = Clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        Require(await users.CreateAsync(account, StaffPassword));
        Require(await users.ResetAuthenticatorKeyAsync(account));
        Require(await users.SetTwoFactorEnabledAsync(account, true));
        var key = await users.GetAuthenticatorKeyAsync(account) ?? "";

        return new StaffAccount(account.Id, userName, StaffPassword, key);
    });

    /// <summary>Creates an account of <paramref name="role"/> and returns a browser signed in as it.</summary>
    internal async Task<StaffBrowser> SignInAsync(string userName, StaffRole role, string departmentName = MarketDepartment)
    {
        var account = await CreateAccountAsync(userName, role, departmentName);
        var browser = CreateBrowser();
        await browser.SignInAsync(account, NextCode(account.AuthenticatorKey));

        return browser;
    }

    /// <summary>Returns the codes of a department's items, public or not, in code order.</summary>
    public Task<List<string>> ItemCodesAsync(string departmentName) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var department = await db.Departments.SingleAsync(department => department.Name == departmentName);
        var codes = await db.PowerItems.Where(item => item.DepartmentId == department.Id).Select(item => item.Code).ToListAsync();

        return codes.Order(StringComparer.Ordinal).ToList();
    });

    /// <summary>Returns the codes of every item outside <paramref name="departmentName"/>.</summary>
    public Task<List<string>> OtherItemCodesAsync(string departmentName) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var department = await db.Departments.SingleAsync(department => department.Name == departmentName);

        return await db.PowerItems.Where(item => item.DepartmentId != department.Id).Select(item => item.Code).ToListAsync();
    });

    public Task<string> ItemCodeAsync(string name) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItems
            .Where(item => item.Name == name)
            .Select(item => item.Code)
            .SingleAsync());

    public Task<int> DepartmentIdAsync(string name) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().Departments
            .Where(department => department.Name == name)
            .Select(department => department.Id)
            .SingleAsync());

    public Task<string> DepartmentShortNameAsync(string name) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().Departments
            .Where(department => department.Name == name)
            .Select(department => department.ShortName)
            .SingleAsync());

    /// <summary>Loads an item with its responsibility items, applies <paramref name="change"/> and saves it.</summary>
    public Task<int> UpdateItemAsync(string code, Action<PowerItem> change) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.Include(item => item.ResponsibilityItems).SingleAsync(item => item.Code == code);
        change(item);

        return await db.SaveChangesAsync();
    });

    public Task<PowerItemDraft?> ReadDraftAsync(int id) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItemDrafts.AsNoTracking().SingleOrDefaultAsync(draft => draft.Id == id));

    public Task<List<PowerItemDraft>> ReadDraftsAsync() => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItemDrafts.AsNoTracking().ToListAsync());

    public Task<List<DraftAttachment>> ReadAttachmentsAsync(int draftId) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().DraftAttachments.AsNoTracking()
            .Where(attachment => attachment.DraftId == draftId)
            .ToListAsync());

    public Task<List<AuditRecord>> ReadRecordsAsync(string accountName) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
            .Where(record => record.AccountName == accountName)
            .OrderBy(record => record.Id)
            .ToListAsync());

    /// <summary>Returns every file under the file store's folder, temporary files included.</summary>
    public List<string> StoredFiles() =>
        Directory.Exists(FilesFolder) ? [.. Directory.EnumerateFiles(FilesFolder, "*", SearchOption.AllDirectories)] : [];

    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Zhengwu:Files:MaxFileBytes"] = MaxFileBytes.ToString(CultureInfo.InvariantCulture),
    };

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}

public sealed class SqliteDraftPortalFixture() : DraftPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresDraftPortalFixture() : DraftPortalFixture(DatabaseProvider.Postgres);
