using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TeamsCadenceBot.Operations;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Operations;

public sealed class OperationsSetupTests
{
    [Fact]
    public void AddCadenceBot_Composed_WrapsTheRouterAndTheConnector()
    {
        using var provider = Build([]);

        Assert.IsType<TracedActivityHandler>(provider.GetRequiredService<IActivityHandler>());
        Assert.IsType<TracedConnectorClient>(provider.GetRequiredService<IConnectorClient>());
        Assert.Contains(provider.GetServices<IConnectorThrottleListener>(), l => l is ThrottleMetricsListener);
    }

    [Fact]
    public void AddCadenceBot_NoExporterConfigured_StartsNoTelemetrySdk()
    {
        using var provider = Build([]);

        Assert.Null(provider.GetService<TracerProvider>());
        Assert.Null(provider.GetService<MeterProvider>());
    }

    [Fact]
    public void AddCadenceBot_ConsoleTelemetryOn_StartsTracingAndMetrics()
    {
        using var provider = Build(new() { ["Telemetry:Console"] = "true" });

        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions { ApplicationName = typeof(Program).Assembly.GetName().Name, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Storage:ConnectionString"] = AzuriteStorage.ConnectionString,
            ["Bot:Credentials:Kind"] = "None",
            ["Bot:Authentication:AllowUnauthenticatedLocalRequests"] = "true",
        });
        builder.AddCadenceBot();
        return builder.Services.BuildServiceProvider();
    }
}
