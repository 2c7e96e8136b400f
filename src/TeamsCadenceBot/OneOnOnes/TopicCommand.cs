using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary><c>topic ...</c>: adds a topic to the agenda of the 1:1 going on (or about to start).</summary>
internal sealed class TopicCommand(
    OneOnOneContext context,
    OneOnOneService service,
    OneOnOneAccess access,
    IPeopleStore people) : IBotCommand
{
    public string Name => "topic";

    public string Usage => "topic <what to discuss>";

    public string Description => "Add a topic to the agenda of your 1:1 that is about to start or going on.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal, ConversationScope.GroupChat];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } sender)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var (occurrence, problem) = await context.FindAsync(turn, sender, cancellationToken);
        if (occurrence is null)
        {
            await turn.ReplyAsync(problem!, cancellationToken);
            return;
        }

        if (!await access.MayAccessAsync(turn.TenantId, occurrence.ManagerId, occurrence.RepId, sender.Id, cancellationToken))
        {
            await turn.ReplyAsync(OneOnOneAccess.Refusal, cancellationToken);
            return;
        }

        var change = await service.AddTopicAsync(occurrence, sender, arguments, cancellationToken);
        var reply = change.View is not null ? "Added to the agenda: **" + arguments.Trim() + "**." : change.Refusal!;
        await turn.ReplyAsync(reply, cancellationToken);
    }
}
