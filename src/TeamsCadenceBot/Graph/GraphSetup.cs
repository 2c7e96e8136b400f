using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Operations;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Graph;

internal static class GraphSetup
{
    /// <summary>
    /// The name of the credential options Graph uses (<c>Graph:Credentials</c>, else <c>Bot:Credentials</c>).
    /// </summary>
    public const string CredentialsName = "Graph";

    private const string CredentialsSection = GraphOptions.Section + ":Credentials";

    /// <summary>
    /// Registers the Graph features that <c>Graph:Enabled</c> and each feature's own <c>Enabled</c> switch on: the
    /// client, the daily refresh, <c>sync org</c> and the 1:1 proposal card. With Graph off only the options are bound.
    /// Needs people, conversations, scheduling, delivery and <see cref="CadenceMetrics"/> registered.
    /// </summary>
    public static IServiceCollection AddGraphIntegration(this IServiceCollection services, IConfiguration configuration)
    {
        var credentialsSection = configuration.GetSection(CredentialsSection).Exists()
            ? configuration.GetSection(CredentialsSection)
            : configuration.GetSection(ConnectorCredentialOptions.SectionName);
        services.AddOptions<ConnectorCredentialOptions>(CredentialsName).Bind(credentialsSection);
        services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.Section)
            .PostConfigure<IOptionsMonitor<ConnectorCredentialOptions>>((graph, credentials) =>
                graph.TenantId ??= credentials.Get(CredentialsName).TenantId)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());

        var graph = configuration.GetSection(GraphOptions.Section).Get<GraphOptions>() ?? new GraphOptions();
        if (!graph.Enabled)
        {
            return services;
        }

        services.AddSingleton(provider => GraphServiceClientBuilder.Create(
            provider.GetRequiredService<IOptions<GraphOptions>>().Value,
            ConnectorCredentialFactory.Create(
                provider.GetRequiredService<IOptionsMonitor<ConnectorCredentialOptions>>().Get(CredentialsName)),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<CadenceMetrics>(),
            provider.GetRequiredService<ILogger<GraphRetryHandler>>()));
        services.AddSingleton<IGraphDirectory, GraphDirectory>();
        services.AddSingleton<OrgSyncStore>();
        services.AddSingleton<OrganisationSync>();
        services.AddSingleton<ProposalStore>();
        services.AddSingleton<OneOnOneDiscovery>();
        services.AddSingleton<ProactiveInstaller>();
        services.AddSingleton<OrganisationRefresh>();
        services.AddSingleton<IScheduledWorkHandler, DailyRefreshHandler>();
        services.AddSingleton<IScheduledWorkHandler, RequestedRefreshHandler>();
        services.AddHostedService<DailyRefreshStarter>();
        services.AddSingleton<IBotCommand, SyncOrgCommand>();
        if (graph.CalendarDiscovery.Enabled)
        {
            services.AddSingleton<ICardActionHandler, OneOnOneProposalActionHandler>();
        }

        return services;
    }
}
