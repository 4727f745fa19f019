using Microsoft.Extensions.Options;

namespace Zhengwu.Web.Hosting.Telemetry;

/// <summary>Rejects an OTLP endpoint that is not an absolute HTTP or HTTPS address and an unknown protocol.</summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        var endpoint = options.OtlpEndpoint;
        if (endpoint.Length > 0 && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            failures.Add($"{TelemetryOptions.SectionName}:OtlpEndpoint is \"{endpoint}\"; expected an absolute http or "
                + "https address such as http://127.0.0.1:4317, or empty to export nothing.");
        }

        if (options.OtlpProtocol is not ("grpc" or "http/protobuf"))
        {
            failures.Add($"{TelemetryOptions.SectionName}:OtlpProtocol is \"{options.OtlpProtocol}\"; expected grpc or http/protobuf.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
