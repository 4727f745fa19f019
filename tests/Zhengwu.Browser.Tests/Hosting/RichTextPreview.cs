using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Browser.Tests.Hosting;

/// <summary>
/// Test-only routes that show the HTML of the <c>html</c> query parameter as a page, the way a page will show stored
/// rich text. <see cref="Path"/> runs inside the portal's pipeline, so the page gets the portal's security headers,
/// and passes the HTML through <see cref="RichTextSanitizer"/> unless <c>sanitize=0</c>. <see cref="BarePath"/>
/// runs before the pipeline and sends the same page with no security headers at all.
/// </summary>
internal sealed class RichTextPreview : IStartupFilter
{
    public const string Path = "/_test/rich-text";
    public const string BarePath = "/_test/rich-text-bare";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(BarePath, bare => bare.Run(WritePageAsync));
        next(app);

        // Middleware after the portal's pipeline runs for paths that no endpoint matched.
        app.Map(Path, preview => preview.Run(WritePageAsync));
    };

    private static async Task WritePageAsync(HttpContext context)
    {
        var html = context.Request.Query["html"].ToString();
        if (context.Request.Query["sanitize"] != "0")
        {
            html = context.RequestServices.GetRequiredService<RichTextSanitizer>().Sanitize(html);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>富文本预览</title></head>"
            + $"<body><main id=\"rich-text\">{html}</main></body></html>");
    }

    /// <summary>Returns the address of a preview of <paramref name="html"/>.</summary>
    public static string Address(string html, bool sanitize, bool securityHeaders) =>
        $"{(securityHeaders ? Path : BarePath)}?sanitize={(sanitize ? 1 : 0)}&html={UrlEncoder.Default.Encode(html)}";
}
