using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Caching;

/// <summary>A draft portal whose nodes read the content version at most once a second, as production does every 2 s.</summary>
public abstract class CachingPortalFixture(DatabaseProvider provider) : DraftPortalFixture(provider)
{
    public const double VersionCheckSeconds = 1;

    /// <summary>The longest a test waits for a publication to show: the check interval plus a margin for one read.</summary>
    public static readonly TimeSpan StaleBound = TimeSpan.FromSeconds(VersionCheckSeconds + 0.5);

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Zhengwu:PublicCache:VersionCheckSeconds"] = "1";

        return settings;
    }
}

public sealed class SqliteCachingPortalFixture() : CachingPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresCachingPortalFixture() : CachingPortalFixture(DatabaseProvider.Postgres);
