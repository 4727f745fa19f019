using Zhengwu.TestSupport;
using Microsoft.AspNetCore.Hosting;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;
using Zhengwu.Domain.Accounts;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.Changes;

namespace Zhengwu.Web.Tests.Caching;

/// <summary>
/// The output cache of public pages and API reads, its invalidation by a publication, the API's validators,
/// compression, hashed static assets and Chinese text sent as characters. 食品经营许可 belongs to the market
/// supervision bureau, whose staff the fixture signs in.
/// </summary>
public abstract partial class PublicCachingTests(CachingPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string FoodLicence = "食品经营许可";
    private const string MedicalInstitutionSetUp = "620100-XK-00064";

    [Fact]
    public async Task Second_anonymous_read_hits_cache()
    {
        using var client = Client();
        var path = $"/power-items/{MedicalInstitutionSetUp}";

        var first = await RawResponse.GetAsync(client, path);
        var second = await RawResponse.GetAsync(client, path);
        var api = await RawResponse.GetAsync(client, $"/api/v1/power-items/{MedicalInstitutionSetUp}?x=1");
        var apiAgain = await RawResponse.GetAsync(client, $"/api/v1/power-items/{MedicalInstitutionSetUp}?x=1");
        var otherQuery = await RawResponse.GetAsync(client, $"/api/v1/power-items/{MedicalInstitutionSetUp}?x=2");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.NotNull(second.Header("Age"));
        Assert.Equal(first.Text(), second.Text());
        Assert.NotNull(apiAgain.Header("Age"));
        Assert.Equal(api.Text(), apiAgain.Text());
        Assert.Null(otherQuery.Header("Age"));
    }

    [Fact]
    public async Task Publication_replaces_cached_page_and_api()
    {
        var code = await portal.ItemCodeAsync(FoodLicence);
        using var client = Client();
        var page = $"/power-items/{code}";
        var api = $"/api/v1/power-items/{code}";
        await RawResponse.GetAsync(client, page);
        await RawResponse.GetAsync(client, api);
        var primedPage = await RawResponse.GetAsync(client, page);
        var primedApi = await RawResponse.GetAsync(client, api);
        Assert.NotNull(primedPage.Header("Age"));
        Assert.NotNull(primedApi.Header("Age"));
        Assert.DoesNotContain("9个工作日", primedPage.Text(), StringComparison.Ordinal);

        using var officer = await portal.SignInAsync("cache-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("cache-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("cache-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        await ChangePages.PublishElementChangeAsync(officer, lead, reviewer, code, ("Elements.PromisedTimeLimitText", "9个工作日"));
        var publishedAt = portal.Clock.GetUtcNow();
        await Task.Delay(CachingPortalFixture.StaleBound, TestContext.Current.CancellationToken);

        var fresh = await RawResponse.GetAsync(client, page);
        var freshApi = await RawResponse.GetAsync(client, api);
        Assert.Null(fresh.Header("Age"));
        Assert.Contains("9个工作日", fresh.Text(), StringComparison.Ordinal);
        Assert.Null(freshApi.Header("Age"));
        Assert.Contains("\"text\":\"9个工作日\"", freshApi.Text(), StringComparison.Ordinal);
        Assert.Equal(HeaderUtilities.FormatDate(WholeSeconds(publishedAt)), freshApi.Header("Last-Modified"));
    }

    [Fact]
    public async Task Signed_in_pages_are_never_cached_or_compressed()
    {
        using var officer = await portal.SignInAsync("cache-signed-in", StaffRole.ContentOfficer);
        using var client = Client();
        var cookie = ("Cookie", $"{StaffBrowser.SessionCookieName}={officer.SessionCookie}");
        var path = $"/power-items/{MedicalInstitutionSetUp}";

        var first = await RawResponse.GetAsync(client, path, cookie, ("Accept-Encoding", "br, gzip"));
        var second = await RawResponse.GetAsync(client, path, cookie, ("Accept-Encoding", "br, gzip"));
        var staff = await RawResponse.GetAsync(client, "/staff", cookie, ("Accept-Encoding", "br, gzip"));
        var login = await RawResponse.GetAsync(client, "/staff/login", ("Accept-Encoding", "br, gzip"));

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Null(first.Header("Age"));
        Assert.Null(second.Header("Age"));
        Assert.Null(second.ContentEncoding);
        Assert.Equal("no-store", second.Header("Cache-Control"));
        Assert.Equal(HttpStatusCode.OK, staff.Status);
        Assert.Null(staff.ContentEncoding);
        Assert.Equal(HttpStatusCode.OK, login.Status);
        Assert.Contains("__RequestVerificationToken", login.Text(), StringComparison.Ordinal);
        Assert.Null(login.ContentEncoding);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Public_responses_are_compressed(string encoding)
    {
        using var client = Client();

        var page = await RawResponse.GetAsync(client, "/power-list", ("Accept-Encoding", encoding));
        var api = await RawResponse.GetAsync(client, "/api/v1/power-items?type=XK", ("Accept-Encoding", encoding));
        var plain = await RawResponse.GetAsync(client, "/power-list");

        Assert.Equal(encoding, page.ContentEncoding);
        Assert.Equal(encoding, api.ContentEncoding);
        Assert.Null(plain.ContentEncoding);
        Assert.Equal(plain.Text(), page.Text());
        Assert.True(page.Body.Length < plain.Body.Length, $"{encoding}: {page.Body.Length} bytes against {plain.Body.Length}");
    }

    [Fact]
    public async Task Api_answers_if_none_match_with_304()
    {
        using var client = Client();
        var path = $"/api/v1/power-items/{MedicalInstitutionSetUp}";

        var full = await RawResponse.GetAsync(client, path);
        var etag = full.Header("ETag")!;
        var same = await RawResponse.GetAsync(client, path, ("If-None-Match", etag));
        var listed = await RawResponse.GetAsync(client, path, ("If-None-Match", $"\"0000\", {etag}"));
        var weak = await RawResponse.GetAsync(client, path, ("If-None-Match", "W/" + etag));
        var other = await RawResponse.GetAsync(client, path, ("If-None-Match", "\"0000\""));
        var compressed = await RawResponse.GetAsync(client, path, ("Accept-Encoding", "gzip"));

        // The tag is the first 16 bytes of the SHA-256 of the body as sent, in lower-case hex.
        var expected = $"\"{Convert.ToHexStringLower(SHA256.HashData(full.Body))[..32]}\"";
        Assert.Equal(expected, etag);
        Assert.Equal(HttpStatusCode.NotModified, same.Status);
        Assert.Empty(same.Body);
        Assert.Equal(etag, same.Header("ETag"));
        Assert.Equal(HttpStatusCode.NotModified, listed.Status);
        Assert.Equal(HttpStatusCode.NotModified, weak.Status);
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal(full.Body, other.Body);
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(compressed.Body))[..32]}\"", compressed.Header("ETag"));
        Assert.NotEqual(etag, compressed.Header("ETag"));
    }

    [Fact]
    public async Task Api_answers_if_modified_since_with_304()
    {
        using var client = Client();
        var path = "/api/v1/regions";

        var full = await RawResponse.GetAsync(client, path);
        var lastModified = full.Header("Last-Modified")!;
        var modified = DateTimeOffset.Parse(lastModified, CultureInfo.InvariantCulture);
        var same = await RawResponse.GetAsync(client, path, ("If-Modified-Since", lastModified));
        var later = await RawResponse.GetAsync(client, path, ("If-Modified-Since", HeaderUtilities.FormatDate(modified.AddDays(1))));
        var earlier = await RawResponse.GetAsync(client, path, ("If-Modified-Since", HeaderUtilities.FormatDate(modified.AddSeconds(-1))));
        var garbage = await RawResponse.GetAsync(client, path, ("If-Modified-Since", "yesterday"));

        // If-None-Match decides alone when present, even when If-Modified-Since would match.
        var tagWins = await RawResponse.GetAsync(client, path, ("If-None-Match", "\"0000\""), ("If-Modified-Since", lastModified));

        Assert.Equal(HttpStatusCode.NotModified, same.Status);
        Assert.Equal(HttpStatusCode.NotModified, later.Status);
        Assert.Equal(HttpStatusCode.OK, earlier.Status);
        Assert.Equal(HttpStatusCode.OK, garbage.Status);
        Assert.Equal(HttpStatusCode.OK, tagWins.Status);
    }

    [Fact]
    public async Task Static_asset_url_carries_hash()
    {
        // The portal's content root is the test's output folder, which has no wwwroot, so this host serves the
        // project's. Only this test does: every web root a host watches costs an inotify instance.
        await using var withAssets = portal.Factory.WithWebHostBuilder(builder =>
            builder.UseWebRoot(Path.Combine(TestPaths.RepositoryRoot, "src", "Zhengwu.Web", "wwwroot")));
        using var client = withAssets.CreateClient(new() { AllowAutoRedirect = false });

        var home = await RawResponse.GetAsync(client, "/");
        var href = StylesheetHref().Match(home.Text());
        Assert.True(href.Success, "The home page links no stylesheet.");
        var asset = await RawResponse.GetAsync(client, href.Groups["url"].Value);

        Assert.Matches(FingerprintedStylesheet(), href.Groups["url"].Value);
        Assert.Equal(HttpStatusCode.OK, asset.Status);
        Assert.Contains(".visually-hidden", asset.Text(), StringComparison.Ordinal);
        Assert.Equal("public, max-age=31536000, immutable", asset.Header("Cache-Control"));
    }

    [Fact]
    public async Task Chinese_text_is_sent_as_characters()
    {
        using var client = Client();

        var page = await RawResponse.GetAsync(client, $"/power-items/{MedicalInstitutionSetUp}");
        var api = await RawResponse.GetAsync(client, $"/api/v1/power-items/{MedicalInstitutionSetUp}");

        Assert.Contains("行政许可", page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("&#x884C;", page.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"行政许可\"", api.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u884C", api.Text(), StringComparison.OrdinalIgnoreCase);
    }

    private HttpClient Client() => portal.Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
        BaseAddress = new Uri("https://localhost"),
    });

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<url>[^\"]+)\"")]
    private static partial Regex StylesheetHref();

    [GeneratedRegex(@"^/css/site\.css\?v=[A-Za-z0-9_-]{20,}$")]
    private static partial Regex FingerprintedStylesheet();
}

public sealed class SqlitePublicCachingTests(SqliteCachingPortalFixture portal)
    : PublicCachingTests(portal), IClassFixture<SqliteCachingPortalFixture>;

public sealed class PostgresPublicCachingTests(PostgresCachingPortalFixture portal)
    : PublicCachingTests(portal), IClassFixture<PostgresCachingPortalFixture>;
