using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests.Calendar;

/// <summary>
/// A migrated test database with the calendar services registered as the portal registers them: one cache per
/// service provider, which stands for one web node. The clock stands in early November 2026 (Beijing time).
/// </summary>
public sealed class CalendarServices : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = new(2026, 11, 5, 1, 0, 0, TimeSpan.Zero);

    public static readonly CalendarEditor Editor =
        new(Guid.Parse("00000000-0000-0000-0000-0000000000c1"), "zhongxin.admin", StaffRole.ServiceCenterAdministrator, "10.0.0.9");

    private CalendarServices(TestDatabase database, FixedClock clock)
    {
        Database = database;
        Clock = clock;
        Provider = Build(database, clock);
    }

    public TestDatabase Database { get; }

    public ServiceProvider Provider { get; }

    public FixedClock Clock { get; }

    public static async Task<CalendarServices> CreateAsync(DatabaseProvider provider, bool loadDataFile = true)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (await database.OpenContextAsync())
        {
            // Migrating once here keeps later contexts from racing to create the schema.
        }

        var services = new CalendarServices(database, new FixedClock(StartTime));
        if (loadDataFile)
        {
            await services.WithAsync<WorkingCalendarLoader, IReadOnlyList<int>>(loader => loader.LoadIfEmptyAsync(TestPaths.WorkingCalendar));
        }

        return services;
    }

    /// <summary>Builds the services of one more web node on the same database, with a cache of its own.</summary>
    public ServiceProvider BuildNode() => Build(Database, Clock);

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull => WithAsync(Provider, action);

    public static async Task<T> WithAsync<TService, T>(IServiceProvider provider, Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = provider.CreateAsyncScope();

        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<Domain.Calendar.WorkingCalendar> CalendarAsync() =>
        WithAsync<WorkingCalendarProvider, Domain.Calendar.WorkingCalendar>(calendars => calendars.GetAsync());

    public Task<CalendarResult> EditAsync(Func<WorkingCalendarAdministration, Task<CalendarResult>> action) => WithAsync(action);

    public Task<List<AuditRecord>> AuditRecordsAsync() => WithAsync<ZhengwuDbContext, List<AuditRecord>>(db =>
        db.AuditRecords.AsNoTracking().OrderBy(record => record.Id).ToListAsync());

    public Task<List<CalendarYear>> YearsAsync() => WithAsync<ZhengwuDbContext, List<CalendarYear>>(async db =>
    {
        var years = await db.CalendarYears.AsNoTracking().Include(year => year.Days).OrderBy(year => year.Year).ToListAsync();
        years.ForEach(year => year.Days.Sort((left, right) => left.Date.CompareTo(right.Date)));

        return years;
    });

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static ServiceProvider Build(TestDatabase database, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(clock)
            .AddLogging()
            .AddZhengwuDatabase(_ => new DatabaseSettings(database.Provider, database.ConnectionString))
            .AddAuditLog()
            .AddWorkingCalendar();

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
