using System.IO.Compression;
using System.Net;
using System.Text;

namespace Zhengwu.Web.Tests.Caching;

/// <summary>A response as it came over the wire: status, headers, and the body bytes before any decoding.</summary>
internal sealed record RawResponse(HttpStatusCode Status, HttpResponseMessage Message, byte[] Body)
{
    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) || Message.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    public string? ContentEncoding => Header("Content-Encoding");

    /// <summary>The body decompressed by its Content-Encoding, then read as UTF-8.</summary>
    public string Text()
    {
        using var input = new MemoryStream(Body);
        using Stream decoded = ContentEncoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            null => input,
            var other => throw new InvalidOperationException($"Unexpected Content-Encoding {other}."),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);

        return reader.ReadToEnd();
    }

    /// <summary>Sends a GET with <paramref name="headers"/> through a client that neither decompresses nor keeps cookies.</summary>
    public static async Task<RawResponse> GetAsync(HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        return new RawResponse(response.StatusCode, response, body);
    }
}
