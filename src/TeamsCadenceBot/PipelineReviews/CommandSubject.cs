using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// What the pipeline commands read first: who types, and the one person they may mention. When that fails the
/// person is told why (unknown sender, more than one mention or stray words, someone the bot does not know).
/// </summary>
internal static class CommandSubject
{
    /// <summary>The sender and the person mentioned (null for none), or null once the reason was replied.</summary>
    public static async Task<(Person Actor, Person? Mentioned)?> ReadAsync(
        Turn turn,
        string arguments,
        IPeopleStore people,
        string usage,
        CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } actor)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return null;
        }

        var mentioned = turn.Activity.GetMentionedPeople();
        if (mentioned.Count > 1 || (mentioned.Count == 0 && arguments.Length > 0))
        {
            await turn.ReplyAsync(usage, cancellationToken);
            return null;
        }

        if (mentioned.Count == 0)
        {
            return (actor, null);
        }

        if (await people.FindByTeamsIdAsync(turn.TenantId, mentioned[0].Id, cancellationToken) is not { } person)
        {
            await turn.ReplyAsync(
                $"I don't know {mentioned[0].Name ?? "that person"} yet: they need to install me "
                + "or be in a team where I am.",
                cancellationToken);
            return null;
        }

        return (actor, person);
    }
}
