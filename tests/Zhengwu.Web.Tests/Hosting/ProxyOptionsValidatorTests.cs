using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Tests.Hosting;

public sealed class ProxyOptionsValidatorTests
{
    private const string AddressFormat =
        "an IPv4 address in dotted-decimal form such as 10.0.0.5, or an IPv6 address such as 2001:db8::5";

    private const string NetworkFormat =
        "a network in CIDR notation with no bits set after the prefix, such as 10.0.0.0/24 or 2001:db8::/64";

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData(" 10.0.0.5 ")]
    [InlineData("2001:db8::5")]
    [InlineData("2001:DB8::5")]
    [InlineData("::ffff:10.0.0.5")]
    public void Valid_proxy_address_is_accepted(string entry)
    {
        var result = Validate(("KnownProxies:0", entry));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("10.0.0.0/8")]
    [InlineData("203.0.113.0/24")]
    [InlineData("10.0.0.5/32")]
    [InlineData("2001:db8::/32")]
    [InlineData("0.0.0.0/0")]
    public void Valid_proxy_network_is_accepted(string entry)
    {
        var result = Validate(("KnownNetworks:0", entry));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("proxy.example")]
    [InlineData("10.0.0.256")]
    [InlineData("10.1")]
    [InlineData("010.0.0.1")]
    [InlineData("0x0a.0.0.1")]
    [InlineData("10.0.0.0/8")]
    [InlineData("2001:db8::g")]
    public void Invalid_proxy_address_names_value(string entry)
    {
        var result = Validate(("KnownProxies:0", entry));

        Assert.Equal(
            [$"Zhengwu:Proxies:KnownProxies contains the invalid entry \"{entry}\". Expected {AddressFormat}."],
            result.Failures);
    }

    [Theory]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.1/8")]
    [InlineData("010.0.0.0/8")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/")]
    [InlineData("2001:db8::/129")]
    [InlineData("2001:db8::1/32")]
    public void Invalid_proxy_network_names_value(string entry)
    {
        var result = Validate(("KnownNetworks:0", entry));

        Assert.Equal(
            [$"Zhengwu:Proxies:KnownNetworks contains the invalid entry \"{entry}\". Expected {NetworkFormat}."],
            result.Failures);
    }

    [Fact]
    public void Every_invalid_entry_is_reported()
    {
        var result = Validate(
            ("KnownProxies:0", "10.0.0.5"),
            ("KnownProxies:1", "bad"),
            ("KnownNetworks:0", "10.0.0.0/8"),
            ("KnownNetworks:1", "10.0.0.0/99"));

        Assert.Equal(
            [
                $"Zhengwu:Proxies:KnownProxies contains the invalid entry \"bad\". Expected {AddressFormat}.",
                $"Zhengwu:Proxies:KnownNetworks contains the invalid entry \"10.0.0.0/99\". Expected {NetworkFormat}.",
            ],
            result.Failures);
    }

    [Fact]
    public void Single_value_list_is_rejected()
    {
        var result = Validate(("KnownProxies", "10.0.0.5,10.0.0.6"));

        Assert.Equal(
            [
                "Zhengwu:Proxies:KnownProxies is \"10.0.0.5,10.0.0.6\", a single value, but it must be a list. "
                + "Set each entry under its own index, such as Zhengwu:Proxies:KnownProxies:0 and "
                + "Zhengwu:Proxies:KnownProxies:1.",
            ],
            result.Failures);
    }

    private static ValidateOptionsResult Validate(params (string Key, string Value)[] entries)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(entries.Select(entry =>
                new KeyValuePair<string, string?>($"{ProxyOptions.SectionName}:{entry.Key}", entry.Value)))
            .Build();
        var options = new ProxyOptions();
        configuration.GetSection(ProxyOptions.SectionName).Bind(options);

        return new ProxyOptionsValidator(configuration).Validate(null, options);
    }
}
