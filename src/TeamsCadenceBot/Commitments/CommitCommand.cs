using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// <c>commit ...</c>: records a commitment typed in the form <see cref="CommitmentText.Form"/>. Anything
/// missing or vague is answered with what to add, and nothing is stored until it is complete.
/// </summary>
internal sealed class CommitCommand(CommitmentService commitments, IPeopleStore people, TimeProvider clock) : IBotCommand
{
    public string Name => "commit";

    public string Usage => "commit <what>; due <date>; owner <me|both|@name>; done when <criterion>";

    public string Description => "Record a commitment with an owner, a due date and how to tell it is done.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } =
        [ConversationScope.Personal, ConversationScope.GroupChat, ConversationScope.Team];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } author)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var zone = LocalClock.FindZone(author.TimeZone) ?? TimeZoneInfo.Utc;
        var parsed = CommitmentText.Parse(arguments, clock.GetUtcNow(), zone);
        if (parsed.Draft is not { } draft)
        {
            await turn.ReplyAsync(
                "I didn't record that: it needs " + string.Join(", ", parsed.Problems) + ".\n\nFor example: **"
                + CommitmentText.Example + "**",
                cancellationToken);
            return;
        }

        var confirmed = arguments.Contains("; confirm", StringComparison.OrdinalIgnoreCase);
        if (!confirmed && VagueItemCheck.Question(draft.Text, draft.SuccessCriterion) is { } question)
        {
            await turn.ReplyAsync(question + " To keep it as it is, send it again ending with **; confirm**.", cancellationToken);
            return;
        }

        if (await ResolveOwnersAsync(turn, author, draft.Owner, cancellationToken) is not { } owners)
        {
            return;
        }

        var origin = new CommitmentOrigin(CommitmentOriginKind.Chat, turn.Address.ConversationId);
        var created = await commitments.CreateAsync(
            turn.TenantId, draft, owners, author.Id, origin, turn.Activity.Id, cancellationToken);
        var view = (await commitments.ViewAsync([created], author, cancellationToken))[0];
        await turn.ReplyAsync(CommitmentCards.Created(view), cancellationToken);
    }

    private async Task<IReadOnlyList<string>?> ResolveOwnersAsync(
        Turn turn,
        Person author,
        OwnerChoice choice,
        CancellationToken cancellationToken)
    {
        switch (choice)
        {
            case OwnerChoice.Me:
                return [author.Id];
            case OwnerChoice.Both when author.ManagerId is { } managerId:
                return [author.Id, managerId];
            case OwnerChoice.Both:
                await turn.ReplyAsync(
                    "\"owner both\" means you and your manager, and you have none yet. Name the owner with **owner @name**.",
                    cancellationToken);
                return null;
            default:
                var mentioned = turn.Activity.GetMentionedPeople();
                if (mentioned.Count != 1)
                {
                    await turn.ReplyAsync("Mention exactly one owner with **owner @name**, or use **owner me**.", cancellationToken);
                    return null;
                }

                var person = await people.FindByTeamsIdAsync(turn.TenantId, mentioned[0].Id, cancellationToken);
                if (person is null)
                {
                    await turn.ReplyAsync(
                        $"I don't know {mentioned[0].Name ?? "that person"} yet: they need to install me or be in a team where I am.",
                        cancellationToken);
                    return null;
                }

                return [person.Id];
        }
    }
}
