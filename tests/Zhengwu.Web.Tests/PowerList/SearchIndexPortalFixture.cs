using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

/// <summary>
/// A portal with the sample data whose node reads the content version at most once an hour, so a search keeps
/// using the search index it has until a test rebuilds it through <c>PowerItemSearchIndexHolder.RefreshAsync</c>.
/// </summary>
public abstract class SearchIndexPortalFixture(DatabaseProvider provider) : PortalFixture(provider)
{
    protected override IDictionary<string, string?>? Settings() => new Dictionary<string, string?>
    {
        ["Zhengwu:PublicCache:VersionCheckSeconds"] = "3600",
    };
}

public sealed class SqliteSearchIndexPortalFixture() : SearchIndexPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresSearchIndexPortalFixture() : SearchIndexPortalFixture(DatabaseProvider.Postgres);
