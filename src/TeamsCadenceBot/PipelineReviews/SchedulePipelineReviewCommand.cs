using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// <c>schedule pipeline review thursday 10:00 [weekly|biweekly]</c>, typed by a manager in the channel or
/// group chat where the team meets: from then on a reminder with a button that runs the review is posted
/// there at that time in the manager's time zone. A new schedule replaces the old; <c>off</c> stops it.
/// </summary>
internal sealed class SchedulePipelineReviewCommand(
    TeamSettingsStore settings,
    WorkSchedule schedule,
    IPeopleStore people,
    TimeProvider clock,
    ILogger<SchedulePipelineReviewCommand> logger) : IBotCommand
{
    public string Name => "schedule pipeline review";

    public string Usage => ReviewCadence.Usage + " | off";

    public string Description => "Post a pipeline review reminder here every week or two, with a button that runs the review.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Team, ConversationScope.GroupChat];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } manager)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var request = ReviewCadence.Parse(arguments);
        if (request.Problem is { } problem)
        {
            await turn.ReplyAsync(problem, cancellationToken);
            return;
        }

        if ((await people.ListReportsAsync(turn.TenantId, manager.Id, cancellationToken)).Count == 0)
        {
            await turn.ReplyAsync(ReviewAccess.NoTeam, cancellationToken);
            return;
        }

        if (request.IsOff)
        {
            var stopped = await settings.DeleteScheduleAsync(turn.TenantId, manager.Id, cancellationToken);
            await turn.ReplyAsync(
                stopped ? "Stopped your pipeline review reminders." : "You had no pipeline review reminders to stop.",
                cancellationToken);
            return;
        }

        var zone = LocalClock.FindZone(manager.TimeZone) ?? TimeZoneInfo.Utc;
        var (firstDate, firstAt) = ReviewCadence.First(request.Day!.Value, request.Time, clock.GetUtcNow(), zone);
        var channelId = turn.Scope == ConversationScope.Team ? ChannelOf(turn) : null;
        var cadence = new ReviewSchedule(
            turn.TenantId,
            manager.Id,
            request.Day.Value,
            request.Time,
            request.IntervalWeeks,
            zone.Id,
            firstDate,
            channelId,
            channelId is null ? turn.Address.ConversationId : null,
            Guid.NewGuid().ToString("N"));
        await settings.SaveScheduleAsync(cadence, cancellationToken);
        await schedule.ScheduleAsync(ReviewCadence.Reminder(cadence, firstDate, firstAt), cancellationToken);
        PipelineReviewLog.ReminderScheduled(logger, cadence.IntervalWeeks, firstAt);
        await turn.ReplyAsync(
            $"Pipeline review reminders set: {ReviewCadence.Describe(cadence)} ({zone.Id}), first on "
            + $"{LocalFormat.Day(firstAt, zone)}. Each one is posted here with a button that runs the review. "
            + "To stop them, type **schedule pipeline review off**.",
            cancellationToken);
    }

    // In a channel the conversation id names the thread (";messageid=..."); the channel itself starts the new threads.
    private static string ChannelOf(Turn turn) =>
        turn.Activity.ChannelData?.Channel?.Id is { Length: > 0 } id
            ? id
            : turn.Address.ConversationId.Split(';')[0];
}
