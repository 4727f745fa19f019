using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Zhengwu.TestSupport;

/// <summary>
/// The portal in the ASP.NET Core test host on a <see cref="TestDatabase"/>, with the sample data loaded.
/// <paramref name="configureServices"/> runs after the portal's own registrations, so it can replace services.
/// </summary>
public sealed class PortalFactory(
    TestDatabase database,
    IDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    public TestDatabase Database => database;

    /// <summary>The settings the portal runs with, for starting it as a separate process on the same database.</summary>
    public IReadOnlyDictionary<string, string?> Configuration => Settings();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // A host setting reaches Program before it registers services, unlike the in-memory collection below, and
        // the scheduler picks its job store from the connection string at registration.
        builder.UseSetting("ConnectionStrings:Postgres", database.PostgresConnectionString ?? "");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Settings()));
        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }

    private Dictionary<string, string?> Settings()
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database.PostgresConnectionString ?? "",
            ["Zhengwu:DataFolder"] = database.Folder,
            ["Zhengwu:SampleDataFolder"] = TestPaths.SampleData,
            ["Zhengwu:LoadSampleData"] = "true",
            ["Zhengwu:LawLibraryPath"] = TestPaths.Laws,
            ["Zhengwu:SearchSynonymsFile"] = TestPaths.Synonyms,
            ["Zhengwu:WorkingCalendarFile"] = TestPaths.WorkingCalendar,

            // Functional tests sign in many times a minute from one client; the rate-limit tests set their own limits.
            ["Zhengwu:RateLimits:Login:PermitLimit"] = "100000",

            // Tests change content and read it back at once; the caching tests set their own interval.
            ["Zhengwu:PublicCache:VersionCheckSeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return values;
    }
}
