using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Zhengwu.Web.Tests.Accounts;

/// <summary>A response read in full: status, redirect target, Set-Cookie and Cache-Control headers, the HTML and its parsed document.</summary>
internal sealed record BrowserResponse(
    HttpStatusCode Status,
    string? Location,
    IReadOnlyList<string> SetCookies,
    string CacheControl,
    string Html,
    IHtmlDocument Document)
{
    public static async Task<BrowserResponse> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

        return new BrowserResponse(
            response.StatusCode,
            response.Headers.Location?.OriginalString,
            setCookies,
            response.Headers.CacheControl?.ToString() ?? "",
            html,
            new HtmlParser().ParseDocument(html));
    }

    /// <summary>The antiforgery token of the page's forms, or null when the page has none.</summary>
    public string? FormToken => Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    /// <summary>The text of the page's error summary, or null.</summary>
    public string? Error => Document.QuerySelector(".error-summary")?.TextContent.Trim();

    public string? SetCookie(string name) => SetCookies.FirstOrDefault(header => header.StartsWith(name + "=", StringComparison.Ordinal));

    public void RequireRedirect(string location)
    {
        if (Status != HttpStatusCode.Redirect || Location != location)
        {
            throw new InvalidOperationException($"Expected a redirect to {location}, got {(int)Status} {Location} {Error}");
        }
    }
}
