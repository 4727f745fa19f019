using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace Zhengwu.Web.Hosting.Telemetry;

/// <summary>
/// Registers structured logs (Serilog), request logging and OpenTelemetry traces and metrics. Logs go to the
/// console as compact JSON outside Development and Testing, and as text there; a "Serilog" configuration section
/// overrides levels and sinks.
/// </summary>
public static class ObservabilityExtensions
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        builder.Services.AddSerilog(
            (services, logger) => logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(ConsoleFormatter(environment)),
            preserveStaticLogger: true);

        builder.Services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        builder.Services.AddSingleton<PortalMetrics>();
        AddOpenTelemetry(builder.Services, builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>());

        return builder;
    }

    /// <summary>
    /// Creates the "Zhengwu" meter and logs one line per request with method, path without the query string, status
    /// and elapsed milliseconds. The query is left out because sign-in and download links carry codes and tokens there.
    /// </summary>
    public static WebApplication UseObservability(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<PortalMetrics>();
        app.UseSerilogRequestLogging(options =>
        {
            // The static Serilog logger stays silent because each host, in tests several at once, has its own.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = (context, _, exception) => RequestLevel(context, exception);
        });

        return app;
    }

    /// <summary>Returns compact JSON for Production and other hosted environments, and text for Development and Testing.</summary>
    public static ITextFormatter ConsoleFormatter(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(WebDefenceExtensions.TestingEnvironment)
            ? new MessageTemplateTextFormatter(TextTemplate, System.Globalization.CultureInfo.InvariantCulture)
            : new CompactJsonFormatter();

    private static LogEventLevel RequestLevel(HttpContext context, Exception? exception)
    {
        if (exception is not null || context.Response.StatusCode >= 500)
        {
            return LogEventLevel.Error;
        }

        // Health probes arrive every few seconds from each load balancer.
        return HealthEndpoints.IsHealthPath(context.Request.Path) ? LogEventLevel.Debug : LogEventLevel.Information;
    }

    private static void AddOpenTelemetry(IServiceCollection services, TelemetryOptions? telemetry)
    {
        var otlp = string.IsNullOrWhiteSpace(telemetry?.OtlpEndpoint) ? null : telemetry;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("zhengwu"))
            .WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !HealthEndpoints.IsHealthPath(context.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql();
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(exporter => ConfigureExporter(exporter, otlp));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(PortalMetrics.MeterName);
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter => ConfigureExporter(exporter, otlp));
                }
            });
    }

    private static void ConfigureExporter(OtlpExporterOptions exporter, TelemetryOptions telemetry)
    {
        exporter.Endpoint = new Uri(telemetry.OtlpEndpoint);
        exporter.Protocol = telemetry.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
    }
}
