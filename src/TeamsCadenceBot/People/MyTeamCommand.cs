using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.People;

/// <summary><c>my team</c>: a rep sees their manager; a manager sees their reps and can change the team.</summary>
internal sealed class MyTeamCommand(IPeopleStore store, IInstalledConversations installedConversations) : IBotCommand
{
    public string Name => "my team";

    public string Usage => "my team";

    public string Description => "See your manager and your reps; managers can change their team here.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await store.GetSenderAsync(turn, cancellationToken) is not { } person)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var position = (await store.GetPositionAsync(turn.TenantId, person.Id, cancellationToken))!;
        var pickFrom = position.Roles.HasFlag(PersonRoles.Manager)
            ? await installedConversations.ListAsync(turn.TenantId, cancellationToken)
            : null;
        await turn.ReplyAsync(TeamCards.MyTeam(position, pickFrom), cancellationToken);
    }
}
