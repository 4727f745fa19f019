using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Serilog.Core;
using Serilog.Events;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Hosting;

/// <summary>A draft portal whose traces, metrics and log events are also kept in memory for the tests to read.</summary>
public abstract class TelemetryPortalFixture(DatabaseProvider provider) : DraftPortalFixture(provider)
{
    public List<Activity> Spans { get; } = [];

    public List<Metric> Metrics { get; } = [];

    public LogEvents Logs { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
        services.AddSingleton<ILogEventSink>(Logs);
    }

    /// <summary>Exports every finished span and collects every metric now, replacing what was collected before.</summary>
    public void Collect()
    {
        Factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        lock (Metrics)
        {
            Metrics.Clear();
            Factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
        }
    }
}

/// <summary>Log events that the portal's Serilog logger wrote.</summary>
public sealed class LogEvents : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    public void Emit(LogEvent logEvent)
    {
        lock (_events)
        {
            _events.Add(logEvent);
        }
    }

    public List<LogEvent> Snapshot()
    {
        lock (_events)
        {
            return [.. _events];
        }
    }
}

public sealed class SqliteTelemetryPortalFixture() : TelemetryPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresTelemetryPortalFixture() : TelemetryPortalFixture(DatabaseProvider.Postgres);
