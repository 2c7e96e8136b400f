using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Commitments;

/// <summary><c>my commitments</c>: the person's open and missed items, each with its actions.</summary>
internal sealed class MyCommitmentsCommand(CommitmentService commitments, IPeopleStore people) : IBotCommand
{
    public string Name => "my commitments";

    public string Usage => "my commitments";

    public string Description => "Show your open and missed commitments, with Done, New date and Blocked.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } person)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var pending = await commitments.ListPendingAsync(turn.TenantId, person.Id, cancellationToken);
        var views = await commitments.ViewAsync(pending, person, cancellationToken);
        await turn.ReplyAsync(CommitmentCards.List($"Your commitments ({pending.Count})", views), cancellationToken);
    }
}
