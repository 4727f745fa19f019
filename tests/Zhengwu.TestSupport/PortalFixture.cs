using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Infrastructure.Persistence;
using Xunit;

namespace Zhengwu.TestSupport;

/// <summary>One running portal with the sample data per test class and provider.</summary>
public abstract class PortalFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private PortalFactory? _factory;

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public DatabaseProvider Provider => provider;

    public HttpClient CreateClient() => Factory.CreateClient(new() { AllowAutoRedirect = false });

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _factory = new PortalFactory(_database, Settings(), ConfigureServices);
        // Creating the server runs the portal's start-up: migration and the sample data load.
        _ = _factory.Server;
    }

    /// <summary>Returns configuration values that override the test defaults of <see cref="PortalFactory"/>; the default is none.</summary>
    protected virtual IDictionary<string, string?>? Settings() => null;

    /// <summary>Replaces services of the portal before it starts; the default changes nothing.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Runs <paramref name="action"/> with a scoped service provider of the portal.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();

        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqlitePortalFixture() : PortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresPortalFixture() : PortalFixture(DatabaseProvider.Postgres);
