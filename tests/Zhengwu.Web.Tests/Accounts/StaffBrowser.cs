using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Zhengwu.Web.Tests.Accounts;

/// <summary>
/// An HTTPS client of the test portal that keeps cookies like a browser, including the Secure <c>__Host-</c>
/// cookies, does not follow redirects, and posts forms with the antiforgery token of the page that contains them.
/// </summary>
internal sealed class StaffBrowser : IDisposable
{
    public const string SessionCookieName = "__Host-zhengwu";
    public const string TwoFactorCookieName = "__Host-zhengwu-2fa";
    private const string TokenField = "__RequestVerificationToken";

    private static readonly Uri s_origin = new("https://localhost");

    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;

    public StaffBrowser(WebApplicationFactory<Program> factory) =>
        _client = factory.CreateDefaultClient(s_origin, new CookieContainerHandler(_cookies));

    /// <summary>The value of the session cookie the browser stores, or null.</summary>
    public string? SessionCookie => CookieValue(SessionCookieName);

    public string? CookieValue(string name) => _cookies.GetCookies(s_origin)[name]?.Value;

    /// <summary>Every stored cookie as a Cookie request header, for sending the same session to another client.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(s_origin);

    /// <summary>Stores a session cookie, as a stolen or copied cookie would be replayed.</summary>
    public void SetSessionCookie(string value) =>
        _cookies.Add(s_origin, new Cookie(SessionCookieName, value, "/") { Secure = true, HttpOnly = true });

    public async Task<BrowserResponse> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        return await BrowserResponse.ReadAsync(response);
    }

    /// <summary>Opens <paramref name="path"/>, then submits its form with <paramref name="fields"/> and the page's token.</summary>
    public async Task<BrowserResponse> SubmitAsync(string path, params (string Name, string Value)[] fields)
    {
        var page = await GetAsync(path);
        var token = page.FormToken
            ?? throw new InvalidOperationException($"GET {path} returned {(int)page.Status} {page.Location} without a form token.");

        return await PostAsync(path, [.. fields, (TokenField, token)]);
    }

    /// <summary>Posts <paramref name="fields"/> as they are, without reading a token first.</summary>
    public async Task<BrowserResponse> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));
        using var response = await _client.PostAsync(path, content, TestContext.Current.CancellationToken);

        return await BrowserResponse.ReadAsync(response);
    }

    /// <summary>Posts <paramref name="fields"/> as they are and returns the response unread, for downloads.</summary>
    public async Task<HttpResponseMessage> PostForDownloadAsync(string path, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));

        return await _client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts a multipart form with one file and <paramref name="fields"/>, as a browser uploads a file.</summary>
    public async Task<BrowserResponse> PostFileAsync(
        string path,
        string fileField,
        string fileName,
        byte[] content,
        params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new("application/octet-stream");
        form.Add(file, fileField, fileName);
        using var response = await _client.PostAsync(path, form, TestContext.Current.CancellationToken);

        return await BrowserResponse.ReadAsync(response);
    }

    /// <summary>
    /// Posts a multipart form with <paramref name="files"/>, each under its own field, <paramref name="fields"/> and,
    /// when given, an Idempotency-Key header.
    /// </summary>
    public async Task<BrowserResponse> PostFilesAsync(
        string path,
        IEnumerable<(string Field, string FileName, byte[] Content)> files,
        IEnumerable<(string Name, string Value)> fields,
        string? idempotencyKey = null)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new("application/octet-stream");
            form.Add(file, field, fileName);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        return await BrowserResponse.ReadAsync(response);
    }

    /// <summary>Requests <paramref name="path"/> and returns the response unread, for downloads and JSON.</summary>
    public Task<HttpResponseMessage> GetForDownloadAsync(string path) =>
        _client.GetAsync(path, TestContext.Current.CancellationToken);

    public Task<BrowserResponse> SubmitPasswordAsync(string userName, string password) =>
        SubmitAsync("/staff/login", ("UserName", userName), ("Password", password));

    public Task<BrowserResponse> SubmitCodeAsync(string code) => SubmitAsync("/staff/login/code", ("Code", code));

    public Task<BrowserResponse> ChangePasswordAsync(string current, string newPassword, string? confirm = null) =>
        SubmitAsync(
            "/staff/login/change-password",
            ("CurrentPassword", current),
            ("NewPassword", newPassword),
            ("ConfirmPassword", confirm ?? newPassword));

    public Task<BrowserResponse> SignOutAsync() => SubmitAsync("/staff/logout");

    /// <summary>Signs in with the password and <paramref name="code"/>; throws when a step does not go on.</summary>
    public async Task SignInAsync(StaffAccount account, string code)
    {
        var password = await SubmitPasswordAsync(account.UserName, account.Password);
        password.RequireRedirect("/staff/login/code");
        var second = await SubmitCodeAsync(code);
        second.RequireRedirect("/staff");
    }

    public void Dispose() => _client.Dispose();
}
