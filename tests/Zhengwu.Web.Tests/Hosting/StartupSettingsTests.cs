using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Hosting;

/// <summary>A wrong setting stops the start with an error that names the key, the value and the fix.</summary>
public sealed class StartupSettingsTests
{
    public static TheoryData<string, string, string> WrongValues => new()
    {
        { "Zhengwu:Database:Provider", "Oracle", "Zhengwu:Database:Provider is \"Oracle\"; expected Sqlite or Postgres, or empty to use PostgreSQL exactly when ConnectionStrings:Postgres is set." },
        { "Zhengwu:Database:UnencryptedConnection", "Maybe", "Zhengwu:Database:UnencryptedConnection is \"Maybe\"; expected Refuse or Warn." },
        { "Zhengwu:RateLimits:Login:PermitLimit", "0", "Zhengwu:RateLimits:Login:PermitLimit is 0; expected a whole number of requests from 1 to 1000000." },
        { "Zhengwu:Proxies:KnownProxies:0", "10.0.0.300", "Zhengwu:Proxies:KnownProxies contains the invalid entry \"10.0.0.300\"." },
        { "Zhengwu:Telemetry:OtlpEndpoint", "collector:4317", "Zhengwu:Telemetry:OtlpEndpoint is \"collector:4317\"; expected an absolute http or https address such as http://127.0.0.1:4317, or empty to export nothing." },
        { "Zhengwu:Telemetry:OtlpProtocol", "udp", "Zhengwu:Telemetry:OtlpProtocol is \"udp\"; expected grpc or http/protobuf." },
        { "Zhengwu:Files:MaxFileBytes", "0", "Zhengwu:Files:MaxFileBytes must be a positive number of bytes." },
    };

    public static TheoryData<string, string, string> WrongScannerValues => new()
    {
        { "Zhengwu:Files:Scanner:Address", "clamd:3310", "Zhengwu:Files:Scanner:Address is \"clamd:3310\"; expected unix:/run/clamav/clamd.ctl (a local socket) or tcp://HOST:PORT." },
        { "Zhengwu:Files:Scanner:TimeoutSeconds", "0", "Zhengwu:Files:Scanner:TimeoutSeconds is 0; expected a whole number of seconds from 1 to 600." },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public async Task Wrong_value_names_setting(string key, string value, string expected)
    {
        var exception = await HostedPortal.StartFailureAsync(new Dictionary<string, string?> { [key] = value });

        Assert.IsType<OptionsValidationException>(exception);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WrongScannerValues))]
    public async Task Wrong_scanner_value_names_setting(string key, string value, string expected)
    {
        var exception = await HostedPortal.StartFailureAsync(new Dictionary<string, string?>
        {
            ["Zhengwu:Files:Scanner:Kind"] = "Clamd",
            [key] = value,
        });

        Assert.IsType<OptionsValidationException>(exception);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_without_connection_string_fails()
    {
        var exception = await HostedPortal.StartFailureAsync(new Dictionary<string, string?>
        {
            ["Zhengwu:Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = "",
        });

        Assert.Contains(
            "Zhengwu:Database:Provider is Postgres but ConnectionStrings:Postgres is empty. Set it to an Npgsql connection string",
            exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_connection_keyword_fails()
    {
        var exception = await HostedPortal.StartFailureAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = "Hots=127.0.0.1;Password=secret-value",
        });

        Assert.Contains("ConnectionStrings:Postgres is not a valid Npgsql connection string:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("hots", exception.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret-value", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_root_certificate_fails()
    {
        var exception = await HostedPortal.StartFailureAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;SSL Mode=VerifyFull;Root Certificate=/nonexistent/zhengwu-root.crt",
        });

        Assert.Contains(
            "ConnectionStrings:Postgres names the Root Certificate \"/nonexistent/zhengwu-root.crt\", which does not exist.",
            exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unwritable_files_folder_fails()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            // A regular file in the path cannot become a folder, whichever user runs the tests.
            var exception = await HostedPortal.StartFailureAsync(new Dictionary<string, string?>
            {
                ["Zhengwu:Files:Folder"] = Path.Combine(blocker, "files"),
            });

            Assert.Contains(
                $"Zhengwu:Files:Folder is \"{Path.Combine(blocker, "files")}\", which the portal cannot write to",
                exception.Message,
                StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task Unwritable_data_folder_fails()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            var exception = await HostedPortal.StartFailureAsync(new Dictionary<string, string?>
            {
                ["Zhengwu:DataFolder"] = Path.Combine(blocker, "data"),
                ["Zhengwu:Files:Folder"] = Path.GetTempPath(),
            });

            Assert.Contains(
                $"Zhengwu:DataFolder is \"{Path.Combine(blocker, "data")}\", which the portal cannot write to",
                exception.Message,
                StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task Production_refuses_plain_connection()
    {
        var exception = await HostedPortal.StartFailureAsync(
            new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = "Host=db.example;Database=zhengwu;SSL Mode=Prefer" },
            environment: "Production");

        Assert.Contains(
            "ConnectionStrings:Postgres has SSL Mode=Prefer, which does not require TLS to the database host \"db.example\".",
            exception.Message,
            StringComparison.Ordinal);
        Assert.Contains("set Zhengwu:Database:UnencryptedConnection to Warn", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filing_halt_refused_outside_tests()
    {
        var exception = await HostedPortal.StartFailureAsync(
            new Dictionary<string, string?>
            {
                ["Zhengwu:Testing:FilingHalt:At"] = "Staged",
                ["Zhengwu:Testing:FilingHalt:MarkerFile"] = "/tmp/halted",
            },
            environment: "Development");

        Assert.IsType<OptionsValidationException>(exception);
        Assert.Contains(
            "Zhengwu:Testing:FilingHalt:At is Staged in the Development environment. It halts every filing and is for tests only: remove the setting.",
            exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_accepts_plain_connection()
    {
        var exception = await HostedPortal.StartFailureAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Database=zhengwu;SSL Mode=Disable;Timeout=2",
            },
            environment: "Development");

        // Settings pass, so the start gets as far as connecting, which fails on a closed port.
        Assert.IsNotType<OptionsValidationException>(exception);
    }

    [Fact]
    public async Task Warn_policy_starts_in_production()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var plain = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { SslMode = Npgsql.SslMode.Disable };
        await using var portal = new PortalFactory(database, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = plain.ConnectionString,
            ["Zhengwu:Database:UnencryptedConnection"] = "Warn",
            ["Zhengwu:LoadSampleData"] = "false",
            ["https_port"] = "443",
        });
        var production = portal.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = production.CreateClient(new() { AllowAutoRedirect = false });

        using var ready = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        using var page = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.PermanentRedirect, page.StatusCode);
    }
}
