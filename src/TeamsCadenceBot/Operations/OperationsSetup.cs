using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Operations;

internal static class OperationsSetup
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    /// <summary>
    /// Registers the metrics, the turn and connector spans, the storage readiness check and the exporters.
    /// Call it last in the composition root: it wraps the <see cref="IActivityHandler"/> and the
    /// <see cref="IConnectorClient"/> registered before it.
    /// </summary>
    public static IServiceCollection AddCadenceOperations(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section);
        services.AddOptions<HealthOptions>()
            .BindConfiguration(HealthOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<CadenceMetrics>();
        services.AddSingleton<IConnectorThrottleListener, ThrottleMetricsListener>();
        services.Decorate<IActivityHandler>((provider, inner) =>
            new TracedActivityHandler(inner, provider.GetRequiredService<CadenceMetrics>()));
        services.Decorate<IConnectorClient>((provider, inner) =>
            new TracedConnectorClient(inner, provider.GetRequiredService<CadenceMetrics>()));
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);
        AddExporters(services, configuration);
        return services;
    }

    /// <summary>Maps liveness (the process answers) and readiness (storage answers too).</summary>
    public static WebApplication MapCadenceHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }

    private static void AddExporters(IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration[TelemetryOptions.ApplicationInsightsKey];
        var console = configuration.GetValue<bool>($"{TelemetryOptions.Section}:{nameof(TelemetryOptions.Console)}");
        if (string.IsNullOrWhiteSpace(connectionString) && !console)
        {
            // No exporter: nothing would leave the process, so no SDK listens; the meter still counts for tests.
            return;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(CadenceMetrics.MeterName))
            .WithTracing(tracing => tracing.AddSource(CadenceTracing.SourceName))
            .WithMetrics(metrics => metrics.AddMeter(CadenceMetrics.MeterName));
        if (console)
        {
            telemetry
                .WithTracing(tracing => tracing.AddConsoleExporter())
                .WithMetrics(metrics => metrics.AddConsoleExporter());
        }

        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            telemetry.UseAzureMonitor(monitor => monitor.ConnectionString = connectionString);
        }
    }
}
