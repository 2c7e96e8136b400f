using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary><c>forecast settings</c>: a manager reads and changes their team's forecast thresholds on a card.</summary>
internal sealed class ForecastSettingsCommand(IForecastStore store, IPeopleStore people) : IBotCommand
{
    public string Name => "forecast settings";

    public string Usage => "forecast settings";

    public string Description =>
        "See and change your team's forecast thresholds: contact days, concentration, coverage, accuracy target.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } =
        [ConversationScope.Personal, ConversationScope.Team];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } actor)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        if ((await people.ListReportsAsync(turn.TenantId, actor.Id, cancellationToken)).Count == 0)
        {
            await turn.ReplyAsync(ForecastAccess.NoTeam, cancellationToken);
            return;
        }

        var thresholds = await store.GetThresholdsAsync(turn.TenantId, actor.Id, cancellationToken);
        await turn.ReplyAsync(ForecastSettingsCard.Build(actor.Id, actor.DisplayName, thresholds), cancellationToken);
    }
}
