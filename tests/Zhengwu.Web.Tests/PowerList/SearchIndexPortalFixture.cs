using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

/// <summary>
/// A portal with the sample data whose node rereads the content version at most once a minute. With a check
/// interval above 0, a search keeps using the index it has while a rebuild runs, so a test sees the stale index
/// until it rebuilds it through <c>PowerItemSearchIndexHolder.RefreshAsync</c>.
/// </summary>
public abstract class SearchIndexPortalFixture(DatabaseProvider provider) : PortalFixture(provider)
{
    protected override IDictionary<string, string?>? Settings() => new Dictionary<string, string?>
    {
        ["Zhengwu:PublicCache:VersionCheckSeconds"] = "60",
    };
}

public sealed class SqliteSearchIndexPortalFixture() : SearchIndexPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresSearchIndexPortalFixture() : SearchIndexPortalFixture(DatabaseProvider.Postgres);
