using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Tests.Hosting;

public sealed class RichTextSanitizerTests
{
    private static readonly RichTextSanitizer s_sanitizer = new();

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "")]
    [InlineData("<svg/onload=alert(1)>", "")]
    [InlineData("<svg><script>alert(1)</script></svg><p>后文</p>", "<p>后文</p>")]
    [InlineData("<script>alert(1)</script><p>正文</p>", "<p>正文</p>")]
    [InlineData("<SCRIPT SRC=https://xss.example/x.js></SCRIPT>", "")]
    [InlineData("<iframe src=\"https://xss.example/\"></iframe>", "")]
    [InlineData("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", "")]
    [InlineData("<object data=\"https://xss.example/x.swf\"></object><embed src=\"https://xss.example/x.swf\">", "")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "")]
    [InlineData("<form action=\"https://xss.example/\"><p>字段</p><input name=\"q\"><button>提交</button></form>", "")]
    [InlineData("<style>p { color: red }</style><p>正文</p>", "<p>正文</p>")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", "\"&gt;")]
    [InlineData("<base href=\"javascript:alert(1)//\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "")]
    [InlineData("<details open ontoggle=alert(1)>摘要</details>", "摘要")]
    [InlineData("<p onclick=\"alert(1)\" onmouseover=\"alert(1)\">正文</p>", "<p>正文</p>")]
    public void Hostile_markup_is_removed(string html, string expected)
    {
        Assert.Equal(expected, s_sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">链接</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">链接</a>")]
    [InlineData("<a href=\" javascript:alert(1)\">链接</a>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">链接</a>")]
    [InlineData("<a href=\"jav&#x0A;ascript:alert(1)\">链接</a>")]
    [InlineData("<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">链接</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">链接</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">链接</a>")]
    [InlineData("<a href=\"file:///etc/passwd\">链接</a>")]
    public void Script_link_loses_its_address(string html)
    {
        Assert.Equal("<a>链接</a>", s_sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">正文</p>", "<p>正文</p>")]
    [InlineData("<p style=\"color: red\" class=\"notice\" id=\"x\">正文</p>", "<p>正文</p>")]
    [InlineData("<p style=\"width: expression(alert(1))\">正文</p>", "<p>正文</p>")]
    public void Styles_classes_and_ids_are_removed(string html, string expected)
    {
        Assert.Equal(expected, s_sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<a href=\"https://www.lanzhou.gov.cn/\">兰州市</a>", "https://www.lanzhou.gov.cn/")]
    [InlineData("<a href=\"http://www.gansu.gov.cn/\">甘肃省</a>", "http://www.gansu.gov.cn/")]
    [InlineData("<a href=\"mailto:zwfw@example.cn\">来信</a>", "mailto:zwfw@example.cn")]
    [InlineData("<a href=\"/power-list/620100\">清单</a>", "/power-list/620100")]
    public void Allowed_link_gets_noopener_rel(string html, string href)
    {
        var text = html[(html.IndexOf('>', StringComparison.Ordinal) + 1)..html.IndexOf("</a>", StringComparison.Ordinal)];

        Assert.Equal($"<a href=\"{href}\" rel=\"noopener noreferrer\">{text}</a>", s_sanitizer.Sanitize(html));
    }

    [Fact]
    public void Link_target_and_own_rel_are_replaced()
    {
        var html = "<a href=\"https://example.org/?a=1&b=2\" target=\"_blank\" rel=\"opener\" onclick=\"steal()\">外链</a>";

        Assert.Equal(
            "<a href=\"https://example.org/?a=1&amp;b=2\" rel=\"noopener noreferrer\">外链</a>",
            s_sanitizer.Sanitize(html));
    }

    [Fact]
    public void Formatting_markup_is_kept()
    {
        var html = "<h3>办理流程</h3><h4>申请</h4><p>第一段<br><strong>重点</strong>与<em>强调</em></p>"
            + "<ul><li>身份证</li></ul><ol><li>受理</li><li>审查</li></ol>";

        Assert.Equal(html, s_sanitizer.Sanitize(html));
    }

    [Fact]
    public void Simple_table_is_kept()
    {
        var html = "<table><caption>收费标准</caption><thead><tr><th scope=\"col\">项目</th><th scope=\"col\">金额</th></tr></thead>"
            + "<tbody><tr><td>工本费</td><td>10元</td></tr></tbody><tfoot><tr><td colspan=\"2\">不另收费</td></tr></tfoot></table>";

        Assert.Equal(html, s_sanitizer.Sanitize(html));
    }

    [Fact]
    public void Table_row_without_tbody_gets_one()
    {
        Assert.Equal(
            "<table><tbody><tr><td rowspan=\"2\">免费</td></tr></tbody></table>",
            s_sanitizer.Sanitize("<table><tr><td rowspan=\"2\" onclick=\"x()\">免费</td></tr></table>"));
    }

    [Theory]
    [InlineData("<div><p>第一段</p><span>说明</span></div>", "<p>第一段</p>说明")]
    [InlineData("<h1>标题</h1><h3>小标题</h3>", "标题<h3>小标题</h3>")]
    [InlineData("<p><b>粗</b><i>斜</i><u>下划线</u></p>", "<p>粗斜下划线</p>")]
    [InlineData("<p>正文<!-- 注释 --></p>", "<p>正文</p>")]
    public void Unknown_element_keeps_its_text(string html, string expected)
    {
        Assert.Equal(expected, s_sanitizer.Sanitize(html));
    }

    [Fact]
    public void Text_is_encoded_on_output()
    {
        Assert.Equal("<p>1 &lt; 2 &amp;&amp; &lt;b&gt;</p>", s_sanitizer.Sanitize("<p>1 &lt; 2 &amp;&amp; &lt;b&gt;</p>"));
    }
}
