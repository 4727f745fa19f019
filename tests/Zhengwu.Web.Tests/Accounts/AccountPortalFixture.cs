using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OtpNet;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Accounts;

/// <summary>
/// A portal on its own database whose <see cref="TimeProvider"/> is a fake clock that the tests move. The clock
/// starts at the beginning of the current 30-second authenticator time step plus half a second, and tests move it
/// only forward and in whole seconds. The half second matters because cookies store their issue time in whole
/// seconds and Identity revalidates the security stamp only when time has passed since that issue time.
/// </summary>
public abstract class AccountPortalFixture(DatabaseProvider provider) : PortalFixture(provider)
{
    /// <summary>The password of the accounts that <see cref="CreateStaffAsync"/> creates.</summary>
    public const string StaffPassword = "Huanghe#Bridge2026";

    public const string MarketDepartment = "兰州市市场监督管理局";

    public FakeTimeProvider Clock { get; } = new(StartTime());

    internal StaffBrowser CreateBrowser() => new(Factory);

    /// <summary>Moves the clock to the next authenticator time step and returns the code of that step.</summary>
    public string NextCode(string authenticatorKey)
    {
        Clock.Advance(TimeSpan.FromSeconds(30));

        return CodeAt(authenticatorKey, Clock.GetUtcNow());
    }

    public static string CodeAt(string authenticatorKey, DateTimeOffset time) =>
        new Totp(Base32Encoding.ToBytes(authenticatorKey)).ComputeTotp(time.UtcDateTime);

    /// <summary>
    /// Creates a content officer of 兰州市市场监督管理局 with <see cref="StaffPassword"/>, changed now, and, when
    /// <paramref name="enrolled"/>, an authenticator key with two-factor sign-in switched on.
    /// </summary>
    public Task<StaffAccount> CreateStaffAsync(string userName, bool enrolled = true) => WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<Account>>();
        var department = await services.GetRequiredService<ZhengwuDbContext>().Departments
            .SingleAsync(department => department.Name == MarketDepartment);
        var account = new Account
        {
            UserName = userName,
            DisplayName = userName,
            Kind = AccountKind.Staff,
            Role = StaffRole.ContentOfficer,
            DepartmentId = department.Id,
            RegionCode = department.RegionCode,
            PasswordChangedAt = Clock.GetUtcNow(),
            CreatedAt = Clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        Require(await users.CreateAsync(account, StaffPassword));
        if (!enrolled)
        {
            return new StaffAccount(account.Id, userName, StaffPassword, "");
        }

        Require(await users.ResetAuthenticatorKeyAsync(account));
        Require(await users.SetTwoFactorEnabledAsync(account, true));
        var key = await users.GetAuthenticatorKeyAsync(account) ?? "";

        return new StaffAccount(account.Id, userName, StaffPassword, key);
    });

    public Task<Account> FindAccountAsync(string userName) => WithScopeAsync(async services =>
        await services.GetRequiredService<UserManager<Account>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"Account {userName} not found."));

    /// <summary>Loads an account, applies <paramref name="change"/> and saves it through UserManager.UpdateAsync.</summary>
    public Task UpdateAccountAsync(string userName, Action<Account> change) => WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<Account>>();
        var account = await users.FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"Account {userName} not found.");
        change(account);
        Require(await users.UpdateAsync(account));

        return account;
    });

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    private static DateTimeOffset StartTime()
    {
        var seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        return DateTimeOffset.FromUnixTimeSeconds(seconds - (seconds % 30)).AddMilliseconds(500);
    }

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}

public sealed class SqliteAccountPortalFixture() : AccountPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresAccountPortalFixture() : AccountPortalFixture(DatabaseProvider.Postgres);
