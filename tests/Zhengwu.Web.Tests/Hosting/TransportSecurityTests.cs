using System.Net;

namespace Zhengwu.Web.Tests.Hosting;

public sealed class TransportSecurityTests
{
    [Fact]
    public async Task Production_https_response_has_hsts()
    {
        await using var portal = await HostedPortal.StartAsync(environment: "Production");
        using var client = portal.CreateClient("https://localhost");

        using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["max-age=31536000; includeSubDomains"], response.Headers.GetValues("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Testing_environment_sends_no_hsts()
    {
        await using var portal = await HostedPortal.StartAsync();
        using var client = portal.CreateClient("https://localhost");

        using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Production_http_request_redirects_to_https()
    {
        await using var portal = await HostedPortal.StartAsync(Settings(("https_port", "443")), environment: "Production");
        using var client = portal.CreateClient();

        using var response = await client.GetAsync("/search?q=x", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(new Uri("https://localhost/search?q=x"), response.Headers.Location);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Testing_environment_does_not_redirect()
    {
        await using var portal = await HostedPortal.StartAsync(Settings(("https_port", "443")));
        using var client = portal.CreateClient();

        using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(entry => entry.Key, entry => (string?)entry.Value);
}
