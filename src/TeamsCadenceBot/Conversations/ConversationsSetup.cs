using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Conversations;

internal static class ConversationsSetup
{
    /// <summary>
    /// Registers where the bot is installed and how to reach people there: the conversation store, the turn
    /// observer and installation lifecycle that fill it, the activity deduplicator and the proactive
    /// messenger. Needs <c>AddCadenceStorage</c> and an <c>IConnectorClient</c>.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<IConversationStore, ConversationStore>();
        services.AddSingleton<IActivityDeduplicator, TableActivityDeduplicator>();
        services.AddSingleton<ITurnObserver, ConversationObserver>();
        services.AddSingleton<IConversationLifecycle, InstallationLifecycle>();
        services.AddSingleton<IProactiveMessenger, ProactiveMessenger>();
        return services;
    }
}
