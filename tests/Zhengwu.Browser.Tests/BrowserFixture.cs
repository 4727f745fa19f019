using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhengwu.Browser.Tests.Hosting;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Browser.Tests;

/// <summary>
/// The portal on Kestrel at a free loopback port over a new SQLite database with the sample data, and one
/// headless Chromium to drive it. Chromium needs a real socket, which the in-memory test server lacks. The portal
/// also serves the test-only <see cref="RichTextPreview"/> routes.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "ZHENGWU_TEST_CHROMIUM";

    private const string DefaultChromiumPath = "/usr/bin/chromium";

    // Chromium's background services call Google's hosts at start, which a closed network refuses.
    private static readonly string[] s_chromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private TestDatabase? _database;
    private PortalFactory? _portal;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _baseAddress;

    private static string WebRoot => Path.Combine(TestPaths.RepositoryRoot, "src", "Zhengwu.Web", "wwwroot");

    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The portal's root services, for setting up test data through the portal's own services.</summary>
    public IServiceProvider Services =>
        _factory?.Services ?? throw new InvalidOperationException("The fixture is not initialised.");

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async ValueTask InitializeAsync()
    {
        var chromium = FindChromium();
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _portal = new PortalFactory(_database);
        // The portal's content root is the test's output folder, which has no wwwroot. Outside Development,
        // ASP.NET Core does not map static web assets back to the project, so the style sheet would be missing.
        _factory = _portal.WithWebHostBuilder(builder => builder
            .UseWebRoot(WebRoot)
            .ConfigureServices(services => services.AddSingleton<IStartupFilter, RichTextPreview>()));
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _baseAddress = ListeningAddress(_factory.Services);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = s_chromiumArguments,
        });
    }

    /// <summary>Opens a browser context whose relative addresses resolve against the portal.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.BaseURL = BaseAddress.ToString();
        options.Locale = "zh-CN";

        var context = await Browser.NewContextAsync(options);
        // On a loaded two-core machine a sign-in step took over 10 s in CI, so actions get Playwright's default of 30 s.
        context.SetDefaultTimeout(30_000);

        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_portal is not null)
        {
            // Disposing the factory also disposes the factory made by WithWebHostBuilder, and stops Kestrel.
            await _portal.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static string FindChromium()
    {
        var path = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (string.IsNullOrWhiteSpace(path))
        {
            path = DefaultChromiumPath;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {path}. Run the suite with scripts/test, which installs Debian's " +
                $"chromium package, or set {ChromiumVariable} to a Chromium executable.");
        }

        return path;
    }

    private static Uri ListeningAddress(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = addresses?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without a listening address.");

        return new Uri(address);
    }
}
