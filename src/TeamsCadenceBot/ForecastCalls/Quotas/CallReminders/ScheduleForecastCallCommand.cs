using Microsoft.Extensions.Options;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>
/// <c>schedule forecast call thursday 10:00 [last 4 weeks|every week] [@manager]</c>, typed in the team's channel by
/// the manager (or a leader above, mentioning the manager): from then on a reminder with a button that starts the
/// call is posted there every week of each quarter's close period, at that time in the manager's time zone. A new
/// schedule replaces the old one.
/// </summary>
internal sealed class ScheduleForecastCallCommand(
    ForecastCallScheduleStore schedules,
    TeamSettingsStore teams,
    WorkSchedule work,
    IPeopleStore people,
    IOptions<ForecastCallReminderOptions> options,
    TimeProvider clock,
    ILogger<ScheduleForecastCallCommand> logger) : IBotCommand
{
    public string Name => "schedule forecast call";

    public string Usage => ForecastCallCadence.Usage;

    public string Description =>
        "Post a forecast call reminder here weekly in the last weeks of each quarter, with a start button.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Team];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await ForecastCallTeam.ForTurnAsync(people, turn, arguments, cancellationToken)
            is not { Manager: { } manager } team)
        {
            return;
        }

        var request = ForecastCallCadence.Parse(team.Arguments, options.Value.DefaultCloseWeeks);
        if (request.Problem is { } problem)
        {
            await turn.ReplyAsync(problem, cancellationToken);
            return;
        }

        var zone = LocalClock.FindZone(manager.TimeZone) ?? TimeZoneInfo.Utc;
        var schedule = new ForecastCallSchedule(
            turn.TenantId,
            manager.Id,
            request.Day!.Value,
            request.Time,
            zone.Id,
            request.CloseWeeks,
            ChannelOf(turn),
            Guid.NewGuid().ToString("N"));
        var settings = await teams.GetAsync(turn.TenantId, manager.Id, cancellationToken);
        var (date, at) = ForecastCallCadence.Next(
            schedule,
            clock.GetUtcNow(),
            zone,
            settings.Thresholds.FiscalYearStartMonth);
        await schedules.SaveAsync(schedule, cancellationToken);
        await work.ScheduleAsync(ForecastCallCadence.Reminder(schedule, date, at), cancellationToken);
        ForecastCallLog.Scheduled(logger, schedule.CloseWeeks, at);
        await turn.ReplyAsync(
            $"Forecast call reminders set for {manager.DisplayName}'s team: {ForecastCallCadence.Describe(schedule)} "
            + $"({zone.Id}), the first on {LocalFormat.Day(at, zone)}. Each one is posted here with a button that "
            + "starts the call. To stop them, type **cancel forecast call**.",
            cancellationToken);
    }

    // In a channel the conversation id names the thread (";messageid=..."); the channel itself starts new threads.
    private static string ChannelOf(Turn turn) =>
        turn.Activity.ChannelData?.Channel?.Id is { Length: > 0 } id ? id : turn.Address.ConversationId.Split(';')[0];
}
