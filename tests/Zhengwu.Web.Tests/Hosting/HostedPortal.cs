using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Hosting;

/// <summary>
/// A portal of its own on an empty SQLite database, for tests that change its settings, environment or services.
/// The sample data is not loaded, so it starts in about a second.
/// </summary>
internal sealed class HostedPortal : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly PortalFactory _portal;

    private HostedPortal(TestDatabase database, PortalFactory portal, WebApplicationFactory<Program> factory)
    {
        _database = database;
        _portal = portal;
        Factory = factory;
    }

    public WebApplicationFactory<Program> Factory { get; }

    public static async Task<HostedPortal> StartAsync(
        IDictionary<string, string?>? settings = null,
        string environment = "Testing",
        Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var portal = new PortalFactory(database, WithoutSampleData(settings));
        var factory = portal.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.ConfigureServices(services ?? (_ => { }));
        });
        var hosted = new HostedPortal(database, portal, factory);
        try
        {
            _ = factory.Server;
        }
        catch
        {
            await hosted.DisposeAsync();
            throw;
        }

        return hosted;
    }

    /// <summary>Starts a portal that is expected to fail at start, and returns the exception.</summary>
    public static async Task<Exception> StartFailureAsync(IDictionary<string, string?> settings, string environment = "Testing")
    {
        try
        {
            await using var portal = await StartAsync(settings, environment);
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new InvalidOperationException("The portal started, but the test expected its settings to stop the start.");
    }

    public HttpClient CreateClient(string baseAddress = "http://localhost") =>
        Factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    /// <summary>
    /// Sends a GET request from <paramref name="clientAddress"/>, which the in-memory test server otherwise leaves
    /// null, and returns the request context as the portal left it.
    /// </summary>
    public Task<HttpContext> SendFromAsync(
        IPAddress? clientAddress,
        string path,
        IReadOnlyDictionary<string, string>? headers = null) =>
        Factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = clientAddress;
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                context.Request.Headers[name] = value;
            }
        }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        // Disposing the base factory also disposes the one made by WithWebHostBuilder.
        await _portal.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static Dictionary<string, string?> WithoutSampleData(IDictionary<string, string?>? settings)
    {
        var values = new Dictionary<string, string?> { ["Zhengwu:LoadSampleData"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return values;
    }
}
