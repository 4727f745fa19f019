using System.Net;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

public abstract class HealthTests(PortalFixture portal)
{
    [Fact]
    public async Task Healthz_answers_200()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Readyz_answers_200()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class SqliteHealthTests(SqlitePortalFixture portal) : HealthTests(portal), IClassFixture<SqlitePortalFixture>;

public sealed class PostgresHealthTests(PostgresPortalFixture portal) : HealthTests(portal), IClassFixture<PostgresPortalFixture>;
