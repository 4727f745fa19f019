using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace Zhengwu.Web.Hosting;

/// <summary>Strict parsing of the proxy addresses and networks in <see cref="ProxyOptions"/>.</summary>
internal static class ProxyAddresses
{
    public const string AddressFormat = "an IPv4 address in dotted-decimal form such as 10.0.0.5, "
        + "or an IPv6 address such as 2001:db8::5";

    public const string NetworkFormat = "a network in CIDR notation with no bits set after the prefix, "
        + "such as 10.0.0.0/24 or 2001:db8::/64";

    /// <summary>
    /// Parses an address. IPv4 must be written as four decimal numbers: <see cref="IPAddress.TryParse(string?, out
    /// IPAddress?)"/> also reads "10.1" as 10.0.0.1 and "010.0.0.1" as octal 8.0.0.1, which would trust a proxy
    /// other than the one the operator meant.
    /// </summary>
    public static bool TryParseAddress(string? text, [NotNullWhen(true)] out IPAddress? address)
    {
        text = text?.Trim();
        if (!IPAddress.TryParse(text, out address) || !IsCanonicalIPv4(address, text))
        {
            address = null;

            return false;
        }

        return true;
    }

    /// <summary>Parses an address that <see cref="TryParseAddress"/> accepts.</summary>
    /// <exception cref="FormatException">The text is not such an address.</exception>
    public static IPAddress ParseAddress(string text) =>
        TryParseAddress(text, out var address)
            ? address
            : throw new FormatException($"The proxy entry \"{text}\" is invalid. Expected {AddressFormat}.");

    /// <summary>Parses a network that <see cref="TryParseNetwork"/> accepts.</summary>
    /// <exception cref="FormatException">The text is not such a network.</exception>
    public static IPNetwork ParseNetwork(string text) =>
        TryParseNetwork(text, out var network)
            ? network
            : throw new FormatException($"The proxy entry \"{text}\" is invalid. Expected {NetworkFormat}.");

    /// <summary>
    /// Parses a CIDR network whose address is valid for <see cref="TryParseAddress"/> and has no bits set after the
    /// prefix. <see cref="IPNetwork.TryParse(string?, out IPNetwork)"/> in .NET 10 clears such bits without saying
    /// so, but "10.0.0.1/8" is more likely a mistyped address than the network 10.0.0.0/8.
    /// </summary>
    public static bool TryParseNetwork(string? text, out IPNetwork network)
    {
        network = default;
        text = text?.Trim();
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash < 0 || !TryParseAddress(text![..slash], out var address) || !IPNetwork.TryParse(text, out network))
        {
            return false;
        }

        return network.BaseAddress.Equals(address);
    }

    private static bool IsCanonicalIPv4(IPAddress address, string? text) =>
        address.AddressFamily != AddressFamily.InterNetwork || address.ToString() == text;
}
