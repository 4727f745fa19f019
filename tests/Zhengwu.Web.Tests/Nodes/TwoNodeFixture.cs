using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;
using Zhengwu.Web.Tests.Caching;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Nodes;

/// <summary>
/// Two portals on one PostgreSQL database, as two web nodes behind a load balancer: node A is the fixture's own
/// factory and node B a second one started after it. Both share the fake clock, read the content version at most
/// once a second, and run the calendar coverage job every 2 seconds, so that both schedulers compete for each firing.
/// The schedulers keep real time: the fake clock replaces the portal's TimeProvider, not the scheduler's own.
/// </summary>
public sealed class TwoNodeFixture() : DraftPortalFixture(DatabaseProvider.Postgres), IAsyncLifetime
{
    /// <summary>Every even second, in the schedule format of Zhengwu:Jobs.</summary>
    public const string EveryTwoSeconds = "0/2 * * * * ?";

    private PortalFactory? _nodeB;

    public PortalFactory NodeA => Factory;

    public PortalFactory NodeB => _nodeB ?? throw new InvalidOperationException("The fixture is not initialised.");

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _nodeB = new PortalFactory(Factory.Database, Settings(), services => services.AddSingleton<TimeProvider>(Clock));
        _ = _nodeB.Server;
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        if (_nodeB is not null)
        {
            await _nodeB.DisposeAsync();
        }

        await DisposeAsync();
    }

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Zhengwu:PublicCache:VersionCheckSeconds"] = CachingPortalFixture.VersionCheckSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Zhengwu:Jobs:CalendarCoverage"] = EveryTwoSeconds;

        return settings;
    }
}
