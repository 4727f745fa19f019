using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Zhengwu.Web.Hosting;

/// <summary>
/// The raw endpoint of load tests: an HTML table of 12 power items rendered from memory on every request,
/// through the same host, middleware and encoder as the portal's pages but without the database or Razor.
/// Page throughput is reported as a ratio to this endpoint's throughput in the same run.
/// </summary>
internal static class BenchmarkEndpoints
{
    public const string RawPath = "/bench/raw";

    private static readonly (string Code, string Name, string Department, string Type)[] s_rows =
    [
        .. Enumerable.Range(1, 12).Select(index => (
            $"620100-XK-{index:00000}",
            $"食品经营许可（第{index}类）",
            "兰州市市场监督管理局",
            "行政许可")),
    ];

    public static IEndpointRouteBuilder MapBenchmarkEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(RawPath, (HtmlEncoder encoder) => Results.Content(RenderTable(encoder), "text/html; charset=utf-8"))
            .ExcludeFromDescription();

        return routes;
    }

    private static string RenderTable(HtmlEncoder encoder)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<title>基准</title></head><body><table><thead><tr><th>事项编码</th><th>事项名称</th>")
            .Append("<th>主管部门</th><th>权力类型</th></tr></thead><tbody>");
        foreach (var (code, name, department, type) in s_rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/power-items/{encoder.Encode(code)}\">")
                .Append(encoder.Encode(code)).Append("</a></td><td>").Append(encoder.Encode(name))
                .Append("</td><td>").Append(encoder.Encode(department)).Append("</td><td>")
                .Append(encoder.Encode(type)).Append("</td></tr>");
        }

        return html.Append("</tbody></table></body></html>").ToString();
    }
}
