namespace Zhengwu.Web.Hosting.Telemetry;

/// <summary>Where OpenTelemetry traces and metrics go, from the "Zhengwu:Telemetry" configuration section.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Zhengwu:Telemetry";

    /// <summary>
    /// The OTLP collector, such as http://127.0.0.1:4317 for gRPC or http://127.0.0.1:4318 for HTTP. Empty exports
    /// nothing, although the portal still records traces and metrics for in-process listeners.
    /// </summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary>"grpc" (the default) or "http/protobuf".</summary>
    public string OtlpProtocol { get; set; } = "grpc";
}
