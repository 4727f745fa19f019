using System.Net;

namespace Zhengwu.Web.Tests.Hosting;

/// <summary>
/// The settings load tests switch: the raw endpoint exists only with Zhengwu:BenchmarkEndpoints on, and
/// Zhengwu:PublicCache:Enabled off makes every page read the database, as the uncached benchmark runs need. The
/// cache adds an Age header to a response it serves from memory.
/// </summary>
public sealed class BenchmarkSettingsTests
{
    [Fact]
    public async Task Raw_endpoint_is_absent_by_default()
    {
        await using var portal = await HostedPortal.StartAsync();
        using var client = portal.CreateClient();

        using var response = await client.GetAsync("/bench/raw", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Raw_endpoint_renders_twelve_rows()
    {
        await using var portal = await HostedPortal.StartAsync(new Dictionary<string, string?>
        {
            ["Zhengwu:BenchmarkEndpoints"] = "true",
        });
        using var client = portal.CreateClient();

        var html = await client.GetStringAsync("/bench/raw", TestContext.Current.CancellationToken);

        Assert.Equal(12, html.Split("<tr><td>").Length - 1);
        Assert.Contains("620100-XK-00012", html, StringComparison.Ordinal);
        Assert.Contains("食品经营许可（第12类）", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_not_cached_with_the_cache_off()
    {
        await using var portal = await HostedPortal.StartAsync(new Dictionary<string, string?>
        {
            ["Zhengwu:PublicCache:Enabled"] = "false",
        });
        using var client = portal.CreateClient();

        using var first = await client.GetAsync("/", TestContext.Current.CancellationToken);
        using var second = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Contains("Age"));
    }

    [Fact]
    public async Task Output_cache_serves_repeated_page_by_default()
    {
        await using var portal = await HostedPortal.StartAsync();
        using var client = portal.CreateClient();

        using var first = await client.GetAsync("/", TestContext.Current.CancellationToken);
        using var second = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Age"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Contains("Age"));
    }
}
