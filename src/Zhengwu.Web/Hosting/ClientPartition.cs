using System.Net;
using System.Net.Sockets;

namespace Zhengwu.Web.Hosting;

/// <summary>The rate limiting partition key of a client address.</summary>
internal static class ClientPartition
{
    /// <summary>The one partition shared by all requests without a client address, such as the in-memory test host.
    /// </summary>
    public const string Unknown = "unknown";

    /// <summary>
    /// Returns the IPv4 address, or the /64 prefix of an IPv6 address. An IPv6 subscriber is usually given a whole
    /// /64, so a per-address key would let one client rotate through 2^64 addresses to escape its limit.
    /// </summary>
    public static string KeyFor(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();

        return new IPAddress(bytes) + "/64";
    }
}
