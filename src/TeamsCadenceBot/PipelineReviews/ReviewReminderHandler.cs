using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// One occurrence of a review reminder: posts the reminder card where the schedule says (its key is the
/// work id, so a redone sweep sends it once) and plans the next occurrence (its id is the schedule version
/// and date, so planning it twice stores it once). Reminders of a replaced or stopped schedule drop themselves.
/// </summary>
internal sealed class ReviewReminderHandler(
    TeamSettingsStore settings,
    WorkSchedule schedule,
    IPeopleStore people,
    OutboundQueue outbound,
    TimeProvider clock,
    ILogger<ReviewReminderHandler> logger) : IScheduledWorkHandler
{
    /// <summary>A reminder found later than this after its time (say after an outage) is not posted.</summary>
    public static readonly TimeSpan PostUntil = TimeSpan.FromHours(6);

    public string Kind => ReviewCadence.ReminderKind;

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var reminder = ReviewCadence.ReadReminder(work);
        var current = await settings.GetScheduleAsync(work.TenantId, reminder.ManagerId, cancellationToken);
        if (current is null || current.Version != reminder.Version)
        {
            PipelineReviewLog.ReminderDropped(logger, work.Id);
            return;
        }

        var now = clock.GetUtcNow();
        var zone = LocalClock.FindZone(current.TimeZone) ?? TimeZoneInfo.Utc;
        var (nextDate, nextAt) = ReviewCadence.Next(current, now > reminder.At ? now : reminder.At, zone);
        if (now - reminder.At <= PostUntil)
        {
            var manager = await people.GetAsync(work.TenantId, current.ManagerId, cancellationToken);
            var card = PipelineReviewCards.Reminder(
                current.ManagerId,
                manager?.DisplayName ?? "Your",
                ReviewCadence.Describe(current));
            // A stored channel gets a new thread; a group chat gets a message.
            var target = DeliveryTarget.Conversation(current.ChannelId ?? current.ConversationId!);
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Attachments = [card.ToAttachment()],
                Summary = "Pipeline review time",
            };
            await outbound.EnqueueAsync(new OutboundMessage(work.TenantId, work.Id, Kind, target, activity), cancellationToken);
            PipelineReviewLog.ReminderQueued(logger, work.Id, nextAt);
        }
        else
        {
            PipelineReviewLog.ReminderLate(logger, work.Id, reminder.At, nextAt);
        }

        await schedule.ScheduleAsync(ReviewCadence.Reminder(current, nextDate, nextAt), cancellationToken);
    }
}
