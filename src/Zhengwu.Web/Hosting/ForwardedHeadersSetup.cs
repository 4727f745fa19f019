using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Zhengwu.Web.Hosting;

/// <summary>Configures forwarded headers to trust only the proxies in <see cref="ProxyOptions"/>.</summary>
internal sealed class ForwardedHeadersSetup(IOptions<ProxyOptions> proxies) : IConfigureOptions<ForwardedHeadersOptions>
{
    public void Configure(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

        // ASP.NET Core trusts loopback by default. A proxy on the same machine must be listed like any other.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();

        // The middleware reads X-Forwarded-For from the right and stops at the first address that is not a listed
        // proxy, so a chain of listed proxies needs no hop limit and a client cannot skip past its own entry.
        options.ForwardLimit = null;

        // Reading Value runs ProxyOptionsValidator first, so every entry parses.
        foreach (var entry in proxies.Value.KnownProxies)
        {
            options.KnownProxies.Add(ProxyAddresses.ParseAddress(entry));
        }

        foreach (var entry in proxies.Value.KnownNetworks)
        {
            options.KnownIPNetworks.Add(ProxyAddresses.ParseNetwork(entry));
        }
    }
}
