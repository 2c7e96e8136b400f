namespace TeamsCadenceBot.Bot;

/// <summary>Reacts to the bot being installed in or removed from a conversation.</summary>
public interface IConversationLifecycle
{
    /// <summary>The bot was installed in a personal chat, group chat or team.</summary>
    Task OnInstalledAsync(Turn turn, CancellationToken cancellationToken);

    /// <summary>The bot was uninstalled or removed from the conversation.</summary>
    Task OnUninstalledAsync(Turn turn, CancellationToken cancellationToken);
}
