using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Tests.Hosting;

public sealed class RateLimitTests
{
    private static readonly Dictionary<string, string?> s_twoApiReadsPerMinute = new()
    {
        ["Zhengwu:RateLimits:ApiRead:PermitLimit"] = "2",
        ["Zhengwu:RateLimits:ApiRead:WindowSeconds"] = "60",
    };

    [Fact]
    public async Task Api_read_over_limit_returns_429()
    {
        await using var portal = await HostedPortal.StartAsync(s_twoApiReadsPerMinute);
        using var client = portal.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.GetAsync("/api/v1/regions", TestContext.Current.CancellationToken);
            statuses.Add(allowed.StatusCode);
        }

        using var response = await client.GetAsync("/api/v1/regions", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(body);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["60"], response.Headers.GetValues("Retry-After"));
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("请求过于频繁", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("请求次数超过限制，请在 60 秒后重试。", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_limit_leaves_pages_alone()
    {
        await using var portal = await HostedPortal.StartAsync(s_twoApiReadsPerMinute);
        using var client = portal.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var _ = await client.GetAsync("/api/v1/regions", TestContext.Current.CancellationToken);
        }

        using var page = await client.GetAsync("/", TestContext.Current.CancellationToken);
        using var health = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Api_limit_counts_each_client()
    {
        await using var portal = await HostedPortal.StartAsync(s_twoApiReadsPerMinute);
        var first = IPAddress.Parse("198.51.100.9");
        var second = IPAddress.Parse("198.51.100.10");
        for (var i = 0; i < 2; i++)
        {
            await portal.SendFromAsync(first, "/api/v1/regions");
        }

        var rejected = await portal.SendFromAsync(first, "/api/v1/regions");
        var other = await portal.SendFromAsync(second, "/api/v1/regions");

        Assert.Equal(StatusCodes.Status429TooManyRequests, rejected.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, other.Response.StatusCode);
    }

    [Fact]
    public async Task Ipv6_clients_share_their_64_prefix()
    {
        await using var portal = await HostedPortal.StartAsync(s_twoApiReadsPerMinute);
        await portal.SendFromAsync(IPAddress.Parse("2001:db8:1:2::1"), "/api/v1/regions");
        await portal.SendFromAsync(IPAddress.Parse("2001:db8:1:2::2"), "/api/v1/regions");

        var samePrefix = await portal.SendFromAsync(IPAddress.Parse("2001:db8:1:2:ffff:ffff:ffff:ffff"), "/api/v1/regions");
        var otherPrefix = await portal.SendFromAsync(IPAddress.Parse("2001:db8:1:3::1"), "/api/v1/regions");

        Assert.Equal(StatusCodes.Status429TooManyRequests, samePrefix.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, otherPrefix.Response.StatusCode);
    }

    [Theory]
    [InlineData(RateLimitPolicies.Login, "Login")]
    [InlineData(RateLimitPolicies.PublicSubmission, "PublicSubmission")]
    public async Task Form_posts_over_limit_show_chinese_page(string policy, string settingsName)
    {
        await using var portal = await HostedPortal.StartAsync(
            new Dictionary<string, string?>
            {
                [$"Zhengwu:RateLimits:{settingsName}:PermitLimit"] = "2",
                [$"Zhengwu:RateLimits:{settingsName}:WindowSeconds"] = "90",
            },
            services: services => LimitSearchPage(services, policy));
        using var client = portal.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var form = new FormUrlEncodedContent([new("q", "食品")]);
            using var allowed = await client.PostAsync("/search", form, TestContext.Current.CancellationToken);
            statuses.Add(allowed.StatusCode);
        }

        using var content = new FormUrlEncodedContent([new("q", "食品")]);
        using var response = await client.PostAsync("/search", content, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);
        using var read = await client.GetAsync("/search?q=%E9%A3%9F%E5%93%81", TestContext.Current.CancellationToken);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["90"], response.Headers.GetValues("Retry-After"));
        Assert.Equal("请求过于频繁", document.QuerySelector("main h1")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    // No page uses the policies yet, so the test puts one on the search page, as a login page would carry it.
    private static void LimitSearchPage(IServiceCollection services, string policy) =>
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageApplicationModelConvention(
            "/Search",
            page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy))));
}
