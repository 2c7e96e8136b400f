using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>Registers the connector client and its token provider.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IConnectorClient"/> and <see cref="IConnectorTokenProvider"/> as singletons, with
    /// <see cref="ConnectorCredentialOptions"/> (<c>Bot:Credentials</c>) and <see cref="ConnectorOptions"/>
    /// (<c>Bot:Connector</c>) bound and validated at start-up. Needs an <c>IHostEnvironment</c>.
    /// </summary>
    public static IServiceCollection AddTeamsConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ConnectorCredentialOptions>()
            .Bind(configuration.GetSection(ConnectorCredentialOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<
            IValidateOptions<ConnectorCredentialOptions>,
            ConnectorCredentialOptionsValidator>());
        services.AddOptions<ConnectorOptions>()
            .Bind(configuration.GetSection(ConnectorOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // The factory's own request logs would write URLs, whose paths hold conversation and user ids.
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.RequestTimeout;
                client.MaxResponseContentBufferSize = 4 * 1024 * 1024;
            })
            .RemoveAllLoggers();

        services.TryAddSingleton<IConnectorTokenProvider>(provider =>
        {
            var credentialOptions = provider.GetRequiredService<IOptions<ConnectorCredentialOptions>>();
            return new ConnectorTokenProvider(
                ConnectorCredentialFactory.Create(credentialOptions.Value),
                credentialOptions,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<ConnectorTokenProvider>>());
        });
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }
}
