using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Conversations;

// The conversations area as the service wires it (AddConversations), on Azurite, with the real router and help, a
// fake clock and a fake connector.
internal sealed class ConversationHarness
{
    public ConversationHarness(params IBotCommand[] commands)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(TestTables.Create());
        services.AddSingleton<IConnectorClient>(Connector);
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        foreach (var command in commands)
        {
            services.AddSingleton(command);
        }

        services.AddSingleton<ActivityRouter>();
        services.AddConversations();
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 3, 9, 15, 0, TimeSpan.Zero));

    public FakeConnector Connector { get; } = new();

    public ServiceProvider Services { get; }

    public IConversationStore Store => Services.GetRequiredService<IConversationStore>();

    public IConversationLifecycle Lifecycle => Services.GetRequiredService<IConversationLifecycle>();

    public IProactiveMessenger Messenger => Services.GetRequiredService<IProactiveMessenger>();

    public ActivityRouter Router => Services.GetRequiredService<ActivityRouter>();

    public Turn TurnFor(Activity activity)
    {
        var tenantId = activity.GetTenantId()!;
        var address = new ConversationAddress(activity.ServiceUrl!, activity.Conversation!.Id, tenantId);
        return new Turn(activity, tenantId, address, Connector);
    }

    // Runs activity through the router, as the endpoint does.
    public Task DeliverAsync(Activity activity) => Router.HandleAsync(activity, CancellationToken.None);
}
