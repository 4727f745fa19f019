using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Hosting;

public abstract class SecurityHeadersTests(PortalFixture portal)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/search?q=%E9%A3%9F%E5%93%81", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/regions", HttpStatusCode.OK)]
    [InlineData("/api/v1/power-items/620100-XK-99999", HttpStatusCode.NotFound)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    public async Task Every_response_has_security_headers(string path, HttpStatusCode status)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData(TestRoutes.ThrowPath, "text/html")]
    [InlineData(TestRoutes.ApiThrowPath, "application/problem+json")]
    public async Task Unhandled_error_keeps_security_headers(string path, string mediaType)
    {
        await using var factory = WithTestRoutes();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/regions")]
    public async Task Signed_in_response_is_not_stored(string path)
    {
        await using var factory = WithTestRoutes();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(TestRoutes.SignedInHeader, "1");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/regions")]
    public async Task Anonymous_response_sets_no_cache_control(string path)
    {
        await using var factory = WithTestRoutes();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.CacheControl);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Equal("camera=(), microphone=(), geolocation=()", Header(response, "Permissions-Policy"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    // A second host on the fixture's database, which already contains the sample data.
    private WebApplicationFactory<Program> WithTestRoutes() =>
        portal.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestRoutes>()));
}

public sealed class SqliteSecurityHeadersTests(SqlitePortalFixture portal)
    : SecurityHeadersTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresSecurityHeadersTests(PostgresPortalFixture portal)
    : SecurityHeadersTests(portal), IClassFixture<PostgresPortalFixture>;
