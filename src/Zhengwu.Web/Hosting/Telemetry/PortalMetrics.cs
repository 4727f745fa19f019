using System.Diagnostics.Metrics;

namespace Zhengwu.Web.Hosting.Telemetry;

/// <summary>
/// The "Zhengwu" meter: observable gauges that read the database when a metrics reader collects, once per gauge and
/// collection. A new count is one more <see cref="PortalGauge"/> in <see cref="Gauges"/>.
/// </summary>
internal sealed partial class PortalMetrics : IDisposable
{
    public const string MeterName = "Zhengwu";

    private readonly Meter _meter;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<PortalMetrics> _logger;

    public PortalMetrics(IMeterFactory meters, IServiceScopeFactory scopes, ILogger<PortalMetrics> logger)
    {
        _meter = meters.Create(MeterName);
        _scopes = scopes;
        _logger = logger;
        foreach (var gauge in Gauges)
        {
            _meter.CreateObservableGauge(gauge.Name, () => Measure(gauge), gauge.Unit, gauge.Description);
        }
    }

    public static IReadOnlyList<PortalGauge> Gauges { get; } = [ChangeRequestGauge.Definition, CaseGauge.Definition];

    public void Dispose() => _meter.Dispose();

    /// <summary>Reads one gauge in a scope of its own; a failed read reports nothing for this collection and is logged.</summary>
    private IEnumerable<Measurement<long>> Measure(PortalGauge gauge)
    {
        using var scope = _scopes.CreateScope();
        try
        {
            return gauge.Read(scope.ServiceProvider);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            LogReadFailed(_logger, exception, gauge.Name);

            return [];
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Reading the gauge {Gauge} from the database failed")]
    private static partial void LogReadFailed(ILogger logger, Exception exception, string gauge);
}

/// <summary>One observable gauge of the "Zhengwu" meter and the database read behind it.</summary>
internal sealed record PortalGauge(
    string Name,
    string Unit,
    string Description,
    Func<IServiceProvider, IReadOnlyList<Measurement<long>>> Read);
