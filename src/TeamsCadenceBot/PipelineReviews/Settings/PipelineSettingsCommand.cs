using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// <c>pipeline settings</c>: the card of the sender's own team's thresholds; <c>pipeline settings @manager</c>:
/// that manager's team, for the leaders above them and admins.
/// </summary>
internal sealed class PipelineSettingsCommand(
    PipelineSettingsService settings,
    IPeopleStore people,
    ILogger<PipelineSettingsCommand> logger) : IBotCommand
{
    public string Name => "pipeline settings";

    public string Usage => "pipeline settings [@manager]";

    public string Description => "Managers and admins: see and change the team's pipeline review thresholds.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } =
        [ConversationScope.Team, ConversationScope.GroupChat];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } actor)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var mentioned = turn.Activity.GetMentionedPeople();
        if (mentioned.Count > 1 || (mentioned.Count == 0 && arguments.Length > 0))
        {
            await turn.ReplyAsync(
                "Type **pipeline settings** for your own team, or mention one manager: **pipeline settings @name**.",
                cancellationToken);
            return;
        }

        var managerId = actor.Id;
        if (mentioned.Count == 1)
        {
            if (await people.FindByTeamsIdAsync(turn.TenantId, mentioned[0].Id, cancellationToken) is not { } manager)
            {
                await turn.ReplyAsync(
                    $"I don't know {mentioned[0].Name ?? "that person"} yet: they need to install me "
                    + "or be in a team where I am.",
                    cancellationToken);
                return;
            }

            managerId = manager.Id;
        }

        var outcome = await settings.OpenAsync(
            turn.TenantId,
            SettingsActor.Person(actor.Id),
            managerId,
            cancellationToken);
        if (outcome.View is not { } view)
        {
            PipelineSettingsLog.Refused(logger, outcome.Status);
            await turn.ReplyAsync(outcome.Message!, cancellationToken);
            return;
        }

        PipelineSettingsLog.Shown(logger, view.Thresholds);
        await turn.ReplyAsync(PipelineSettingsCards.Settings(view), cancellationToken);
    }
}
