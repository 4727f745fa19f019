using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

/// <summary>The same search on SQLite and PostgreSQL returns the same items in the same order.</summary>
public sealed class SearchProviderParityTests(SqlitePortalFixture sqlite, PostgresPortalFixture postgres)
    : IClassFixture<SqlitePortalFixture>, IClassFixture<PostgresPortalFixture>
{
    [Theory]
    [InlineData("q=营业执照")]
    [InlineData("q=食品")]
    [InlineData("q=建设工程")]
    [InlineData("q=护照")]
    [InlineData("q=许可&pageSize=100")]
    [InlineData("q=许可 登记&pageSize=100")]
    [InlineData("q=社保")]
    [InlineData("q=盖房")]
    [InlineData("q=条例&pageSize=100&page=2")]
    [InlineData("type=XK&pageSize=5&page=2")]
    [InlineData("pageSize=100&page=2")]
    public async Task Providers_return_same_results(string query)
    {
        var path = "/api/v1/power-items?" + string.Join('&', query.Split('&').Select(EscapeValue));

        var onSqlite = await sqlite.GetJsonAsync(path);
        var onPostgres = await postgres.GetJsonAsync(path);

        Assert.Equal(onSqlite.Root.GetProperty("total").GetInt32(), onPostgres.Root.GetProperty("total").GetInt32());
        Assert.Equal(onSqlite.ItemCodes(), onPostgres.ItemCodes());
    }

    private static string EscapeValue(string pair)
    {
        var parts = pair.Split('=', 2);

        return parts[0] + "=" + PortalRequests.Escape(parts[1]);
    }
}
