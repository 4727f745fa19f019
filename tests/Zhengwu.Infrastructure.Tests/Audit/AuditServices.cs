using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests.Audit;

/// <summary>
/// A migrated test database with the audit log registered the way the portal registers it, and a clock that
/// tests set.
/// </summary>
public sealed class AuditServices : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private AuditServices(TestDatabase database, FixedClock clock, ServiceProvider provider)
    {
        Database = database;
        Clock = clock;
        Provider = provider;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Provider { get; }

    public FixedClock Clock { get; }

    public static async Task<AuditServices> CreateAsync(DatabaseProvider provider, int retentionDays = 186)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (await database.OpenContextAsync())
        {
            // Migrating once here keeps later contexts from racing to create the schema.
        }

        var clock = new FixedClock(StartTime);

        return new AuditServices(database, clock, Build(database, clock, retentionDays));
    }

    public static ServiceProvider Build(TestDatabase database, TimeProvider clock, int retentionDays)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Zhengwu:Audit:RetentionDays"] = retentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(clock)
            .AddLogging()
            .AddZhengwuDatabase(_ => new DatabaseSettings(database.Provider, database.ConnectionString))
            .AddAuditLog();

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Runs <paramref name="action"/> on an <see cref="AuditLog"/> of a new scope and context.</summary>
    public async Task<T> WithLogAsync<T>(Func<AuditLog, Task<T>> action)
    {
        await using var scope = Provider.CreateAsyncScope();

        return await action(scope.ServiceProvider.GetRequiredService<AuditLog>());
    }

    public async Task<T> WithContextAsync<T>(Func<ZhengwuDbContext, Task<T>> action)
    {
        await using var scope = Provider.CreateAsyncScope();

        return await action(scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>());
    }

    /// <summary>Appends one entry per minute from the clock's time, each in its own scope.</summary>
    public async Task AppendAsync(params AuditEntry[] entries)
    {
        foreach (var entry in entries)
        {
            await WithLogAsync(log => log.AppendAsync(entry));
            Clock.Now = Clock.Now.AddMinutes(1);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Database.DisposeAsync();
    }
}
