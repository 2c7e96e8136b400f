using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>
/// The real service's host (its own composition root, <c>AddCadenceBot</c>) inside this process, in the
/// local-development setting, for scenarios that call its services directly or count its storage calls.
/// </summary>
internal sealed class InProcessService(InProcessServiceSettings settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The factory looks for its content-root manifest in the working directory, which under `dotnet run` is
        // the repository, not the output folder; the service's project folder is its content root.
        builder.UseContentRoot(Path.Combine(RepositoryPaths.Root, "src", "TeamsCadenceBot"));
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
        [
            new("Storage:ConnectionString", settings.Storage),
            new("Storage:TablePrefix", settings.TablePrefix),
            new("Bot:Authentication:AllowUnauthenticatedLocalRequests", "true"),
            new("Bot:Credentials:Kind", "None"),
        ]));
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            if (settings.Logs is { } provider)
            {
                logging.AddProvider(provider);
            }
        });
        builder.ConfigureTestServices(services =>
        {
            if (settings.Counter is { } counter)
            {
                services.RemoveAll<CadenceTables>();
                services.AddSingleton(provider =>
                    new CadenceTables(provider.GetRequiredService<IOptions<StorageOptions>>(), counter.ClientOptions()));
            }

            if (!settings.Sweeps)
            {
                RemoveHostedService<SchedulerService>(services);
            }

            if (!settings.Delivers)
            {
                RemoveHostedService<DeliveryService>(services);
            }
        });
    }

    private static void RemoveHostedService<T>(IServiceCollection services)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(T)).ToList())
        {
            services.Remove(descriptor);
        }
    }
}

/// <summary>How <see cref="InProcessService"/> runs.</summary>
/// <param name="Storage">The Azurite connection string.</param>
/// <param name="TablePrefix">The prefix of its tables and queues.</param>
/// <param name="Counter">Counts its table calls when set.</param>
/// <param name="Sweeps">Whether its scheduler runs sweeps on its own.</param>
/// <param name="Delivers">Whether its delivery service sends from the outbound queue.</param>
/// <param name="Logs">Where its logs go; nowhere when null.</param>
internal sealed record InProcessServiceSettings(
    string Storage,
    string TablePrefix,
    StorageCallCounter? Counter = null,
    bool Sweeps = false,
    bool Delivers = false,
    ILoggerProvider? Logs = null);
