using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Serilog.Events;
using Serilog.Parsing;
using Zhengwu.Web.Hosting.Telemetry;

namespace Zhengwu.Web.Tests.Hosting;

/// <summary>Console logs are compact JSON in Production and one readable line in Development.</summary>
public sealed class LogFormatTests
{
    private static readonly LogEvent s_event = new(
        new DateTimeOffset(2026, 4, 3, 9, 15, 30, TimeSpan.Zero),
        LogEventLevel.Warning,
        null,
        new MessageTemplateParser().Parse("Import of {Path} skipped {Rows} rows"),
        [new LogEventProperty("Path", new ScalarValue("items.csv")), new LogEventProperty("Rows", new ScalarValue(3))]);

    [Fact]
    public void Production_writes_compact_json()
    {
        var output = new StringWriter();

        ObservabilityExtensions.ConsoleFormatter(new Environment("Production")).Format(s_event, output);

        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("2026-04-03T09:15:30.0000000Z", json.RootElement.GetProperty("@t").GetString());
        Assert.Equal("Import of {Path} skipped {Rows} rows", json.RootElement.GetProperty("@mt").GetString());
        Assert.Equal("Warning", json.RootElement.GetProperty("@l").GetString());
        Assert.Equal("items.csv", json.RootElement.GetProperty("Path").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("Rows").GetInt32());
    }

    [Fact]
    public void Development_writes_text_line()
    {
        var output = new StringWriter();

        ObservabilityExtensions.ConsoleFormatter(new Environment("Development")).Format(s_event, output);

        Assert.Equal($"[09:15:30 WRN] : Import of items.csv skipped 3 rows{System.Environment.NewLine}", output.ToString());
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Zhengwu.Web";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
