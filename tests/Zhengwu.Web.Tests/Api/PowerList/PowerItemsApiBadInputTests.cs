using System.Net;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Api.PowerList;

public abstract class PowerItemsApiBadInputTests(PortalFixture portal)
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Unknown_code_returns_problem_404()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items/620100-XK-99999");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
        Assert.Equal(404, response.Root.GetProperty("status").GetInt32());
        Assert.Equal("事项不存在", response.Root.GetProperty("title").GetString());
        Assert.Contains("620100-XK-99999", response.Root.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task County_code_without_item_returns_404()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items/620102-XK-00001");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("620100-XX-00001")]
    [InlineData("620100-XK-0000A")]
    [InlineData("620100-XK-00000")]
    [InlineData("000000-XK-00001")]
    [InlineData("620100-xk-00001")]
    [InlineData("620100_XK_00001")]
    public async Task Malformed_code_returns_problem_400(string code)
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items/" + PortalRequests.Escape(code));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
        Assert.Equal("事项编码无效", response.Root.GetProperty("title").GetString());
        Assert.Equal(
            $"事项编码“{code}”格式不正确：应形如 620100-XK-00001。",
            response.Root.GetProperty("errors").GetProperty("code")[0].GetString());
    }

    [Fact]
    public async Task Overlong_code_is_truncated_in_message()
    {
        var code = new string('9', 300);

        var response = await portal.GetJsonAsync("/api/v1/power-items/" + code);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(
            $"事项编码“{new string('9', 20)}…”格式不正确：应形如 620100-XK-00001。",
            response.Root.GetProperty("errors").GetProperty("code")[0].GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("99999999")]
    [InlineData("1.5")]
    public async Task Invalid_page_returns_problem_400(string value)
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?page=" + PortalRequests.Escape(value));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
        Assert.Equal("查询参数无效", response.Root.GetProperty("title").GetString());
        Assert.Equal($"页码应为1到100000之间的整数，收到“{value}”。", ErrorFor(response, "page"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000")]
    [InlineData("101")]
    public async Task Invalid_page_size_returns_problem_400(string value)
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?pageSize=" + value);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal($"每页条数应为1到100之间的整数，收到“{value}”。", ErrorFor(response, "pageSize"));
    }

    [Fact]
    public async Task Page_size_of_100_is_accepted()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?pageSize=100&page=2");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(42, response.ItemCodes().Count);
    }

    [Fact]
    public async Task Overlong_query_names_limit()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?q=" + new string('a', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("检索词过长（101个字符）：请不超过100个字符。", ErrorFor(response, "q"));
    }

    [Fact]
    public async Task Every_invalid_parameter_is_reported()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?page=0&pageSize=0&type=ZZ&region=12&department=x");

        var errors = response.Root.GetProperty("errors").EnumerateObject().Select(property => property.Name).Order().ToList();
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["department", "page", "pageSize", "region", "type"], errors);
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("11")]
    [InlineData("许可证")]
    public async Task Unknown_type_lists_valid_types(string type)
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?type=" + PortalRequests.Escape(type));

        var message = ErrorFor(response, "type");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith($"权力类型“{type}”无效：可用 ", message, StringComparison.Ordinal);
        Assert.Contains("行政许可（XK）", message, StringComparison.Ordinal);
        Assert.Contains("公共服务（GG）", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("62010")]
    [InlineData("000000")]
    [InlineData("' OR 1=1 --")]
    public async Task Malformed_region_returns_problem_400(string region)
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?region=" + PortalRequests.Escape(region));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal($"地区代码“{region}”无效：应为6位行政区划代码，例如 620100。", ErrorFor(response, "region"));
    }

    [Fact]
    public async Task Unknown_region_is_named()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?region=999999");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("999999", ErrorFor(response, "region"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_department_is_named()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?department=999999");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("999999", ErrorFor(response, "department"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("99999999999")]
    [InlineData("1 OR 1=1")]
    public async Task Invalid_department_returns_problem_400(string department)
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?department=" + PortalRequests.Escape(department));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal($"部门编号应为正整数，收到“{department}”。", ErrorFor(response, "department"));
    }

    [Fact]
    public async Task Script_query_is_harmless()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?q=" + PortalRequests.Escape("<script>alert(1)</script>"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal(0, response.Root.GetProperty("total").GetInt32());
        Assert.DoesNotContain("<script", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sql_like_query_matches_nothing()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items?q=" + PortalRequests.Escape("' OR 1=1 --"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(0, response.Root.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Sql_like_code_returns_400()
    {
        var response = await portal.GetJsonAsync("/api/v1/power-items/" + PortalRequests.Escape("' OR 1=1 --"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("事项编码“' OR 1=1 --”格式不正确：应形如 620100-XK-00001。", response.Root.GetProperty("errors").GetProperty("code")[0].GetString());
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    public async Task Unknown_region_departments_return_404(string region)
    {
        var response = await portal.GetJsonAsync($"/api/v1/regions/{region}/departments");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
        Assert.Equal($"没有代码为 {region} 的地区。地区代码见 /api/v1/regions。", response.Root.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_api_path_returns_problem_404()
    {
        var response = await portal.GetJsonAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
        Assert.Equal(404, response.Root.GetProperty("status").GetInt32());
    }

    private static string ErrorFor(JsonResponse response, string parameter) =>
        response.Root.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
}

public sealed class SqlitePowerItemsApiBadInputTests(SqlitePortalFixture portal) : PowerItemsApiBadInputTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresPowerItemsApiBadInputTests(PostgresPortalFixture portal) : PowerItemsApiBadInputTests(portal), IClassFixture<PostgresPortalFixture>;
