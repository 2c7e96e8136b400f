using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Teams.Authentication;

namespace TeamsCadenceBot.Teams.Hosting;

/// <summary>Registers the bot endpoint and the authentication of what it receives.</summary>
public static class BotEndpointServiceCollectionExtensions
{
    private const int MaxMetadataBytes = 1024 * 1024;

    /// <summary>
    /// Registers the services behind <see cref="BotEndpointRouteBuilderExtensions.MapBotEndpoint"/>:
    /// <see cref="BotAuthenticationOptions"/> (from <c>Bot</c> and <c>Bot:Authentication</c>) and
    /// <see cref="BotEndpointOptions"/> (from <c>Bot:Endpoint</c>), both validated at start-up, and the token
    /// validation. The application registers its own <see cref="IActivityHandler"/> and a
    /// <see cref="TimeProvider"/> (the system clock unless one is registered).
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The configuration holding the <c>Bot</c> section.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddTeamsBotEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName))
            .Configure(options =>
            {
                options.AppId = configuration["Bot:AppId"] ?? "";
                options.TenantId = configuration["Bot:TenantId"] ?? "";
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddOptions<BotEndpointOptions>()
            .Bind(configuration.GetSection(BotEndpointOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient(SigningKeyRetriever.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.MetadataRequestTimeout;
                client.MaxResponseContentBufferSize = MaxMetadataBytes;
            })
            // A redirect could lead from an allowed URL to one the HTTPS rule forbids.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SigningKeyRetriever>();
        services.TryAddSingleton<TrustedIssuers>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<InboundRequestAuthenticator>();
        services.TryAddSingleton<BotRequestProcessor>();
        services.AddHostedService<LocalDevelopmentWarning>();
        return services;
    }
}
