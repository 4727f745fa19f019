namespace Zhengwu.Web.Hosting;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers the portal believes, from the
/// "Zhengwu:Proxies" configuration section. Both lists are empty by default, so the headers are ignored and the
/// client address is the connection's.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Zhengwu:Proxies";

    /// <summary>Proxy addresses, such as 10.0.0.5 or 2001:db8::5.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation, such as 10.0.0.0/24 or 2001:db8::/64.</summary>
    public IList<string> KnownNetworks { get; } = [];

    public bool HasProxies => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
