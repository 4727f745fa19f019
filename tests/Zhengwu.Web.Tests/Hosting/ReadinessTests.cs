using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Hosting;

/// <summary>/readyz turns 503 when the database or the files folder fails, while /healthz stays 200.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Unreachable_database_gives_503()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var portal = new PortalFactory(database, new Dictionary<string, string?> { ["Zhengwu:LoadSampleData"] = "false" });
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        using var before = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await SetConnectionsAllowedAsync(database, false);
        try
        {
            using var ready = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
            using var live = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            await SetConnectionsAllowedAsync(database, true);
        }

        using var after = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Unwritable_files_folder_gives_503()
    {
        await using var portal = await HostedPortal.StartAsync();
        using var client = portal.CreateClient();
        var folder = Path.Combine(portal.Factory.Services.GetRequiredService<IConfiguration>()["Zhengwu:DataFolder"]!, "files");

        // A regular file where the folder was cannot be written into, whichever user runs the tests.
        Directory.Delete(folder, recursive: true);
        await File.WriteAllTextAsync(folder, "", TestContext.Current.CancellationToken);
        using var ready = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        File.Delete(folder);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    /// <summary>
    /// Switches connections to the test's own database on or off and ends the open ones, so the portal's next query
    /// finds the database gone, as after a network failure.
    /// </summary>
    private static async Task SetConnectionsAllowedAsync(TestDatabase database, bool allowed)
    {
        var admin = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable);
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var sql = $"""
            ALTER DATABASE {database.Name} ALLOW_CONNECTIONS {(allowed ? "true" : "false")};
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database.Name}';
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
