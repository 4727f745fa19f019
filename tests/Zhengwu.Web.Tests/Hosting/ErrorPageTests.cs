using System.Net;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Hosting;

public abstract class ErrorPageTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/power-items/620100-XK-99999")]
    [InlineData("/power-items/abc")]
    [InlineData("/power-items/620100-XX-00001")]
    [InlineData("/power-list/999999")]
    [InlineData("/power-list/abc")]
    [InlineData("/power-list/departments/999999")]
    [InlineData("/power-list/departments/abc")]
    [InlineData("/no-such-page")]
    public async Task Missing_page_returns_chinese_404(string path)
    {
        var page = await portal.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal("页面不存在", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("您访问的页面或事项不存在，可能编码有误，或事项未公开。", page.Html, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/search']"));
    }

    [Fact]
    public async Task Unknown_department_type_names_value()
    {
        var id = await portal.GetDepartmentIdAsync("620100", "兰州市市场监督管理局");

        var page = await portal.GetPageAsync($"/power-list/departments/{id}?type=ZZ");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("ZZ", page.Document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("行政许可", page.Document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_page_sets_requested_status()
    {
        var page = await portal.GetPageAsync("/error?code=400");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("请求无效", page.Document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Post_to_page_is_not_500()
    {
        using var client = portal.CreateClient();
        using var content = new FormUrlEncodedContent([new("q", "食品")]);

        using var response = await client.PostAsync("/search", content, TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"expected a 4xx status, got {(int)response.StatusCode}");
    }
}

public sealed class SqliteErrorPageTests(SqlitePortalFixture portal) : ErrorPageTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresErrorPageTests(PostgresPortalFixture portal) : ErrorPageTests(portal), IClassFixture<PostgresPortalFixture>;
