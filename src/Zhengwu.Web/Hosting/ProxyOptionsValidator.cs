using Microsoft.Extensions.Options;

namespace Zhengwu.Web.Hosting;

/// <summary>
/// Rejects proxy entries that are not addresses or networks, so that a typing error stops the start instead of
/// silently recording the proxy's address as every client's.
/// </summary>
internal sealed class ProxyOptionsValidator(IConfiguration configuration) : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        List<string> failures =
        [
            .. CheckList(nameof(ProxyOptions.KnownProxies), options.KnownProxies, ProxyAddresses.AddressFormat,
                entry => ProxyAddresses.TryParseAddress(entry, out _)),
            .. CheckList(nameof(ProxyOptions.KnownNetworks), options.KnownNetworks, ProxyAddresses.NetworkFormat,
                entry => ProxyAddresses.TryParseNetwork(entry, out _)),
        ];

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> CheckList(string listName, IList<string> entries, string format, Func<string, bool> isValid)
    {
        var key = $"{ProxyOptions.SectionName}:{listName}";

        // A list set as one value, as in Zhengwu__Proxies__KnownProxies=10.0.0.5, binds as an empty list.
        if (configuration[key] is { Length: > 0 } single)
        {
            yield return $"{key} is \"{single}\", a single value, but it must be a list. "
                + $"Set each entry under its own index, such as {key}:0 and {key}:1.";
        }

        foreach (var entry in entries.Where(entry => !isValid(entry)))
        {
            yield return $"{key} contains the invalid entry \"{entry}\". Expected {format}.";
        }
    }
}
