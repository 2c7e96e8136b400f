using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>
/// <c>cancel forecast call [@manager]</c>: stops the team's forecast-call reminders; reminders already planned drop
/// themselves when they find no schedule.
/// </summary>
internal sealed class CancelForecastCallCommand(
    ForecastCallScheduleStore schedules,
    IPeopleStore people,
    ILogger<CancelForecastCallCommand> logger) : IBotCommand
{
    public string Name => "cancel forecast call";

    public string Usage => "cancel forecast call [@manager]";

    public string Description => "Stop the forecast call reminders of your team (or of the manager you mention).";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Team];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await ForecastCallTeam.ForTurnAsync(people, turn, arguments, cancellationToken)
            is not { Manager: { } manager } team)
        {
            return;
        }

        var stopped = await schedules.DeleteAsync(turn.TenantId, manager.Id, cancellationToken);
        if (stopped)
        {
            ForecastCallLog.Cancelled(logger);
        }

        await turn.ReplyAsync(
            stopped
                ? $"Stopped the forecast call reminders of {manager.DisplayName}'s team."
                : $"{manager.DisplayName}'s team had no forecast call reminders to stop.",
            cancellationToken);
    }
}
