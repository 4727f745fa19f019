using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Search;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests.PowerList.Search;

/// <summary>One database per test class and provider with the sample set and its full elements imported.</summary>
public abstract class SampleSearchFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private ImportDatabase? _database;

    public ImportDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async ValueTask InitializeAsync()
    {
        _database = await ImportDatabase.CreateAsync(provider);
        await _database.ImportSampleAsync(withElements: true);
    }

    public Task<PowerItemSearchResult> SearchAsync(PowerItemSearchRequest request) =>
        Database.WithContextAsync(db =>
            new PowerItemSearch(db, new PowerListQueries(db), SearchSynonyms.Load(TestPaths.Synonyms)).SearchAsync(request));

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSampleSearchFixture() : SampleSearchFixture(DatabaseProvider.Sqlite);

public sealed class PostgresSampleSearchFixture() : SampleSearchFixture(DatabaseProvider.Postgres);
