using System.Net;

namespace Zhengwu.Web.Tests.Hosting;

/// <summary>
/// The portal is reached from 203.0.113.7. A client at 198.51.100.9 sends its own X-Forwarded-For to pose as
/// another address, and a listed proxy appends the address it saw.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static readonly IPAddress s_connection = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task Spoofed_header_is_ignored_by_default()
    {
        await using var portal = await HostedPortal.StartAsync();

        var context = await portal.SendFromAsync(s_connection, "/healthz", Forwarded("198.51.100.9", "https"));

        Assert.Equal(s_connection, context.Connection.RemoteIpAddress);
        Assert.Equal("http", context.Request.Scheme);
    }

    [Fact]
    public async Task Spoofed_header_ignored_without_connection_address()
    {
        await using var portal = await HostedPortal.StartAsync();

        var context = await portal.SendFromAsync(null, "/healthz", Forwarded("198.51.100.9", "https"));

        Assert.Null(context.Connection.RemoteIpAddress);
        Assert.Equal("http", context.Request.Scheme);
    }

    [Fact]
    public async Task Unlisted_proxy_is_not_believed()
    {
        await using var portal = await HostedPortal.StartAsync(Proxies("KnownProxies", "192.0.2.10"));

        var context = await portal.SendFromAsync(s_connection, "/healthz", Forwarded("198.51.100.9", "https"));

        Assert.Equal(s_connection, context.Connection.RemoteIpAddress);
        Assert.Equal("http", context.Request.Scheme);
    }

    [Theory]
    [InlineData("KnownProxies", "203.0.113.7")]
    [InlineData("KnownNetworks", "203.0.113.0/24")]
    public async Task Listed_proxy_forwards_client_address(string list, string entry)
    {
        await using var portal = await HostedPortal.StartAsync(Proxies(list, entry));

        var context = await portal.SendFromAsync(s_connection, "/healthz", Forwarded("198.51.100.9", "https"));

        Assert.Equal(IPAddress.Parse("198.51.100.9"), context.Connection.RemoteIpAddress);
        Assert.Equal("https", context.Request.Scheme);
    }

    [Fact]
    public async Task Client_cannot_prepend_spoofed_address()
    {
        await using var portal = await HostedPortal.StartAsync(Proxies("KnownProxies", "203.0.113.7"));

        var context = await portal.SendFromAsync(s_connection, "/healthz", Forwarded("10.1.1.1, 198.51.100.9", "https"));

        Assert.Equal(IPAddress.Parse("198.51.100.9"), context.Connection.RemoteIpAddress);
    }

    [Fact]
    public async Task Chain_of_listed_proxies_is_followed()
    {
        await using var portal = await HostedPortal.StartAsync(Proxies("KnownNetworks", "203.0.113.0/24"));

        var context = await portal.SendFromAsync(s_connection, "/healthz", Forwarded("198.51.100.9, 203.0.113.8", "https"));

        Assert.Equal(IPAddress.Parse("198.51.100.9"), context.Connection.RemoteIpAddress);
    }

    [Theory]
    [InlineData("KnownProxies", "010.0.0.1",
        "an IPv4 address in dotted-decimal form such as 10.0.0.5, or an IPv6 address such as 2001:db8::5")]
    [InlineData("KnownNetworks", "10.0.0.0/33",
        "a network in CIDR notation with no bits set after the prefix, such as 10.0.0.0/24 or 2001:db8::/64")]
    public async Task Invalid_proxy_entry_stops_start(string list, string entry, string format)
    {
        var exception = await HostedPortal.StartFailureAsync(Proxies(list, entry));

        Assert.Contains(
            $"Zhengwu:Proxies:{list} contains the invalid entry \"{entry}\". Expected {format}.",
            exception.Message,
            StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Forwarded(string forwardedFor, string forwardedProto) => new()
    {
        ["X-Forwarded-For"] = forwardedFor,
        ["X-Forwarded-Proto"] = forwardedProto,
    };

    private static Dictionary<string, string?> Proxies(string list, string entry) =>
        new() { [$"Zhengwu:Proxies:{list}:0"] = entry };
}
