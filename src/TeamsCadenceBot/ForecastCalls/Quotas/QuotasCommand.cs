using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>
/// <c>quotas [period]</c>: the sender's reps with their quotas for the period (the current quarter of the team's
/// fiscal year when none is named), on a card where the manager sets them. In personal chat the card shows the
/// amounts; in a channel it opens for the manager only.
/// </summary>
internal sealed class QuotasCommand(QuotaSheetService sheets, IPeopleStore people) : IBotCommand
{
    public string Name => "quotas";

    public string Usage => "quotas [period]";

    public string Description => "See and set your reps' quotas for a quarter (this one unless you name another).";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } =
        [ConversationScope.Personal, ConversationScope.Team];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } manager)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var period = await sheets.ReadPeriodAsync(turn.TenantId, manager.Id, manager, arguments, cancellationToken);
        if (period is null)
        {
            await turn.ReplyAsync(
                $"\"{arguments}\" is not a quarter I can read. {ForecastPeriod.Forms}",
                cancellationToken);
            return;
        }

        var outcome = await sheets.ShowAsync(turn.TenantId, manager, manager.Id, period, cancellationToken);
        if (outcome.Sheet is not { } sheet)
        {
            await turn.ReplyAsync(outcome.Refusal!, cancellationToken);
            return;
        }

        await turn.ReplyAsync(
            turn.Scope == ConversationScope.Personal
                ? QuotaCards.Sheet(sheet)
                : QuotaCards.Closed(manager.Id, manager.DisplayName, turn.From.Id, period),
            cancellationToken);
    }
}
