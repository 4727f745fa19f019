using System.Net;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Hosting;

public abstract class OpenApiTests(PortalFixture portal)
{
    [Fact]
    public async Task Document_lists_power_item_paths()
    {
        var document = await portal.GetJsonAsync("/openapi/v1.json");

        var paths = document.Root.GetProperty("paths");
        Assert.Equal(HttpStatusCode.OK, document.Status);
        Assert.Equal("application/json", document.MediaType);
        Assert.True(paths.GetProperty("/api/v1/power-items").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/power-items/{code}").TryGetProperty("get", out _));
        Assert.True(paths.TryGetProperty("/api/v1/regions", out _));
        Assert.True(paths.TryGetProperty("/api/v1/regions/{code}/departments", out _));
    }

    [Fact]
    public async Task Item_operation_declares_error_responses()
    {
        var document = await portal.GetJsonAsync("/openapi/v1.json");

        var responses = document.Root.GetProperty("paths").GetProperty("/api/v1/power-items/{code}").GetProperty("get").GetProperty("responses");
        Assert.True(responses.TryGetProperty("200", out _));
        Assert.True(responses.TryGetProperty("400", out _));
        Assert.True(responses.TryGetProperty("404", out _));
    }

    [Fact]
    public async Task Search_operation_declares_query_parameters()
    {
        var document = await portal.GetJsonAsync("/openapi/v1.json");

        var parameters = document.Root.GetProperty("paths").GetProperty("/api/v1/power-items").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["department", "page", "pageSize", "q", "region", "type"], parameters);
    }

    [Fact]
    public async Task Document_title_is_chinese()
    {
        var document = await portal.GetJsonAsync("/openapi/v1.json");

        Assert.Equal("Zhengwu 政务服务网 API", document.Root.GetProperty("info").GetProperty("title").GetString());
    }
}

public sealed class SqliteOpenApiTests(SqlitePortalFixture portal) : OpenApiTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresOpenApiTests(PostgresPortalFixture portal) : OpenApiTests(portal), IClassFixture<PostgresPortalFixture>;
