using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests;

/// <summary>Sends GET requests to a test portal and parses the response as an HTML or JSON document.</summary>
internal static class PortalRequests
{
    public static async Task<PageResponse> GetPageAsync(this PortalFixture portal, string path)
    {
        using var client = portal.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        return new PageResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, html, new HtmlParser().ParseDocument(html));
    }

    public static async Task<JsonResponse> GetJsonAsync(this PortalFixture portal, string path)
    {
        using var client = portal.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(body.Length == 0 ? "null" : body);

        return new JsonResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, document.RootElement.Clone());
    }

    /// <summary>Returns the id of a department, read from the departments API of its region.</summary>
    public static async Task<int> GetDepartmentIdAsync(this PortalFixture portal, string regionCode, string name)
    {
        var departments = await portal.GetJsonAsync($"/api/v1/regions/{regionCode}/departments");
        var department = departments.Root.EnumerateArray().Single(entry => entry.GetProperty("name").GetString() == name);

        return department.GetProperty("id").GetInt32();
    }

    /// <summary>Returns the item codes of a power item page of the API, in the order given.</summary>
    public static List<string> ItemCodes(this JsonResponse page) =>
        [.. page.Root.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()!)];

    /// <summary>Returns the item codes of the rows of an item table, in page order.</summary>
    public static List<string> ItemCodes(this PageResponse page) =>
        [.. page.Document.QuerySelectorAll("table.items tbody tr td.code").Select(cell => cell.TextContent.Trim())];

    /// <summary>Returns the item names linked in the rows of an item table, in page order.</summary>
    public static List<string> ItemNames(this PageResponse page) =>
        [.. page.Document.QuerySelectorAll("table.items tbody tr td:first-child a").Select(link => link.TextContent.Trim())];

    public static string Escape(string value) => Uri.EscapeDataString(value);
}

/// <summary>A page response: status, media type, the raw HTML and its parsed document.</summary>
internal sealed record PageResponse(HttpStatusCode Status, string? MediaType, string Html, IHtmlDocument Document);

/// <summary>A JSON response: status, media type, the raw body and its root element (null for an empty body).</summary>
internal sealed record JsonResponse(HttpStatusCode Status, string? MediaType, string Body, JsonElement Root);
