using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>
/// Whose team a reminder command is about: the sender's, or that of the manager mentioned (for a leader above), and
/// the command's words without the mention. Refused unless the sender is that manager or a leader above.
/// </summary>
/// <param name="Manager">The team's manager, or null when refused.</param>
/// <param name="Arguments">The command's words, the mentioned name taken out.</param>
/// <param name="Refusal">Why the command is refused, or null.</param>
internal sealed record ForecastCallTeam(Person? Manager, string Arguments, string? Refusal)
{
    /// <summary>The team the turn's command is about, or null once the refusal was answered.</summary>
    public static async Task<ForecastCallTeam?> ForTurnAsync(
        IPeopleStore people,
        Turn turn,
        string arguments,
        CancellationToken cancellationToken)
    {
        var team = await ResolveAsync(people, turn, arguments, cancellationToken);
        if (team.Refusal is { } refusal)
        {
            await turn.ReplyAsync(refusal, cancellationToken);
            return null;
        }

        return team;
    }

    private static async Task<ForecastCallTeam> ResolveAsync(
        IPeopleStore people,
        Turn turn,
        string arguments,
        CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } sender)
        {
            return Refused(PeopleTurns.UnknownSender);
        }

        var mentions = (turn.Activity.Entities ?? [])
            .Where(e => e.Type == "mention" && e.Mentioned is not null && e.Mentioned.Id != turn.Activity.Recipient?.Id)
            .ToList();
        if (mentions.Count > 1)
        {
            return Refused("Mention one manager at most.");
        }

        var manager = sender;
        if (mentions is [var mention])
        {
            // The command's text carries the mention as the name alone, without its tags.
            var name = (mention.Text ?? "")
                .Replace("<at>", "", StringComparison.Ordinal)
                .Replace("</at>", "", StringComparison.Ordinal);
            arguments = name.Length == 0 ? arguments : arguments.Replace(name, "", StringComparison.Ordinal);
            manager = await people.FindByTeamsIdAsync(turn.TenantId, mention.Mentioned!.Id, cancellationToken);
            if (manager is null)
            {
                return Refused($"I don't know {mention.Mentioned.Name ?? "that person"} yet.");
            }
        }

        var chain = await people.GetManagementChainAsync(turn.TenantId, manager.Id, cancellationToken);
        if (!QuotaRules.MaySetTeamQuotas(sender.Id, chain))
        {
            return Refused($"Only {manager.DisplayName} and the leaders above them can schedule or cancel "
                + $"{manager.DisplayName}'s forecast calls.");
        }

        if ((await people.ListReportsAsync(turn.TenantId, manager.Id, cancellationToken)).Count == 0)
        {
            return Refused(manager.Id == sender.Id
                ? "A forecast call is for your reps, and you have none yet. Set up your team with **set up my team** "
                    + "in your personal chat with me."
                : $"{manager.DisplayName} has no reps, so there is no forecast call to schedule.");
        }

        return new ForecastCallTeam(manager, arguments.Trim(), null);
    }

    private static ForecastCallTeam Refused(string reason) => new(null, "", reason);
}
