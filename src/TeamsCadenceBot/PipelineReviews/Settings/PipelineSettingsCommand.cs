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

    private const string UsageReply =
        "Type **pipeline settings** for your own team, or mention one manager: **pipeline settings @name**.";

    public string Usage => "pipeline settings [@manager]";

    public string Description => "Managers and admins: see and change the team's pipeline review thresholds.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } =
        [ConversationScope.Team, ConversationScope.GroupChat];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await CommandSubject.ReadAsync(turn, arguments, people, UsageReply, cancellationToken)
            is not (var actor, var manager))
        {
            return;
        }

        var outcome = await settings.OpenAsync(
            turn.TenantId,
            SettingsActor.Person(actor.Id),
            (manager ?? actor).Id,
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
