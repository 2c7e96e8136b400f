using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Bot;

/// <summary><c>help</c>: what works in this conversation.</summary>
internal sealed class HelpCommand(IServiceProvider services) : IBotCommand
{
    public string Name => "help";

    public string Usage => "help";

    public string Description => "List what I can do in this conversation.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } =
        [ConversationScope.Personal, ConversationScope.GroupChat, ConversationScope.Team];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        // Resolved per call: the catalog holds this command, so the constructor cannot take it.
        var catalog = services.GetRequiredService<CommandCatalog>();
        var card = HelpCard.Build("What I can do here", introduction: null, catalog.In(turn.Scope), turn.Scope);
        await turn.ReplyAsync(card, cancellationToken);
    }
}
