using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.PowerList;

/// <summary>
/// A signed-in staff member's HTTPS client for the access matrix: it keeps the session cookie that a
/// <see cref="StaffBrowser"/> sign-in produced, and the antiforgery cookie and token of the back office start page,
/// so every form post it sends carries a token the actor could really have.
/// </summary>
internal sealed class AccessClient : IDisposable
{
    public const string TokenField = "__RequestVerificationToken";

    private static readonly Uri s_origin = new("https://localhost");

    private readonly HttpClient _client;

    private AccessClient(HttpClient client, string token)
    {
        _client = client;
        Token = token;
    }

    /// <summary>The antiforgery token of a form on <c>/staff</c>, a page every staff role opens.</summary>
    public string Token { get; }

    /// <summary>Takes over the session of <paramref name="signedIn"/> and reads a form token from <c>/staff</c>.</summary>
    public static async Task<AccessClient> CreateAsync(WebApplicationFactory<Program> factory, StaffBrowser signedIn)
    {
        var cookies = new CookieContainer();
        cookies.Add(s_origin, new Cookie(StaffBrowser.SessionCookieName, signedIn.SessionCookie, "/") { Secure = true, HttpOnly = true });
        var client = factory.CreateDefaultClient(s_origin, new CookieContainerHandler(cookies));
        using var start = await client.GetAsync("/staff");
        var html = await start.Content.ReadAsStringAsync();
        var token = new HtmlParser().ParseDocument(html)
            .QuerySelector($"input[name={TokenField}]")?.GetAttribute("value");
        if (start.StatusCode != HttpStatusCode.OK || token is null)
        {
            client.Dispose();
            throw new InvalidOperationException($"GET /staff returned {(int)start.StatusCode} without a form token.");
        }

        return new AccessClient(client, token);
    }

    public Task<AccessResponse> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Posts a form with <paramref name="fields"/> and the actor's antiforgery token.</summary>
    public Task<AccessResponse> PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        var content = new FormUrlEncodedContent(
            [.. fields.Select(field => KeyValuePair.Create(field.Name, field.Value)), KeyValuePair.Create(TokenField, Token)]);

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content });
    }

    /// <summary>Posts a multipart form with one file in <paramref name="fileField"/> and the actor's antiforgery token.</summary>
    public Task<AccessResponse> PostFileAsync(string path, string fileField, string fileName, byte[] bytes, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var content = new MultipartFormDataContent
        {
            { new StringContent(Token), TokenField },
            { file, fileField, fileName },
        };

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content });
    }

    public void Dispose() => _client.Dispose();

    private async Task<AccessResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

            return new AccessResponse(
                request.Method.Method,
                request.RequestUri?.OriginalString ?? "",
                response.StatusCode,
                response.Headers.Location?.OriginalString,
                response.Content.Headers.ContentType?.MediaType,
                body);
        }
    }
}

/// <summary>A response of the access matrix, read in full.</summary>
internal sealed record AccessResponse(
    string Method,
    string Path,
    HttpStatusCode Status,
    string? Location,
    string? ContentType,
    byte[] Body)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);

    public override string ToString() => $"{Method} {Path} → {(int)Status}{(Location is null ? "" : " → " + Location)}";
}
