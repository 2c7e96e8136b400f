using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.People;

/// <summary><c>set up my team</c>: the card on which a manager picks their reps from a team or group chat.</summary>
internal sealed class SetUpMyTeamCommand(IPeopleStore store, IInstalledConversations installedConversations) : IBotCommand
{
    public string Name => "set up my team";

    public string Usage => "set up my team";

    public string Description => "Pick your reps (and your own manager) from a team or group chat I'm in.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await store.GetSenderAsync(turn, cancellationToken) is not { } person)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var position = (await store.GetPositionAsync(turn.TenantId, person.Id, cancellationToken))!;
        var conversations = await installedConversations.ListAsync(turn.TenantId, cancellationToken);
        await turn.ReplyAsync(TeamCards.MyTeam(position, conversations), cancellationToken);
    }
}
