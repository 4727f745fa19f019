using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Tests.Hosting;

public sealed class RateLimitOptionsTests
{
    [Fact]
    public void Defaults_pass_validation()
    {
        var options = new RateLimitOptions();

        var result = new RateLimitOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal((10, 60), (options.Login.PermitLimit, options.Login.WindowSeconds));
        Assert.Equal((20, 60), (options.PublicSubmission.PermitLimit, options.PublicSubmission.WindowSeconds));
        Assert.Equal((600, 60), (options.ApiRead.PermitLimit, options.ApiRead.WindowSeconds));
    }

    [Fact]
    public void Out_of_range_limits_name_key()
    {
        var options = new RateLimitOptions();
        options.Login.PermitLimit = 0;
        options.PublicSubmission.WindowSeconds = 86_401;
        options.ApiRead.PermitLimit = 1_000_001;
        options.ApiRead.WindowSeconds = -5;

        var result = new RateLimitOptionsValidator().Validate(null, options);

        Assert.Equal(
            [
                "Zhengwu:RateLimits:Login:PermitLimit is 0; expected a whole number of requests from 1 to 1000000.",
                "Zhengwu:RateLimits:PublicSubmission:WindowSeconds is 86401; expected a whole number of seconds from 1 to 86400.",
                "Zhengwu:RateLimits:ApiRead:PermitLimit is 1000001; expected a whole number of requests from 1 to 1000000.",
                "Zhengwu:RateLimits:ApiRead:WindowSeconds is -5; expected a whole number of seconds from 1 to 86400.",
            ],
            result.Failures);
    }

    [Fact]
    public async Task Invalid_limit_stops_start()
    {
        var exception = await HostedPortal.StartFailureAsync(
            new Dictionary<string, string?> { ["Zhengwu:RateLimits:Login:PermitLimit"] = "0" });

        Assert.Contains(
            "Zhengwu:RateLimits:Login:PermitLimit is 0; expected a whole number of requests from 1 to 1000000.",
            exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_setting_keeps_default_window()
    {
        await using var portal = await HostedPortal.StartAsync(
            new Dictionary<string, string?> { ["Zhengwu:RateLimits:Login:PermitLimit"] = "3" });

        var options = portal.Factory.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value;

        Assert.Equal((3, 60), (options.Login.PermitLimit, options.Login.WindowSeconds));
    }
}
