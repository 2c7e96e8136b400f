using Microsoft.Extensions.Options;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>
/// One forecast-call reminder: posts the card in the team's channel (its key is the work id, so a redone sweep posts
/// it once) and plans the next call (its id is the schedule version and date, so planning it twice stores it once).
/// A reminder found more than <see cref="ForecastCallReminderOptions.PostUntil"/> late is not posted, but the next
/// is still planned; reminders of a replaced or cancelled schedule drop themselves.
/// </summary>
internal sealed class ForecastCallReminderHandler(
    ForecastCallScheduleStore schedules,
    TeamSettingsStore teams,
    WorkSchedule schedule,
    IPeopleStore people,
    OutboundQueue outbound,
    IOptions<ForecastCallReminderOptions> options,
    TimeProvider clock,
    ILogger<ForecastCallReminderHandler> logger) : IScheduledWorkHandler
{
    public string Kind => ForecastCallCadence.ReminderKind;

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var reminder = ForecastCallCadence.ReadReminder(work);
        var current = await schedules.GetAsync(work.TenantId, reminder.ManagerId, cancellationToken);
        if (current is null || current.Version != reminder.Version)
        {
            ForecastCallLog.Dropped(logger, work.Id);
            return;
        }

        var now = clock.GetUtcNow();
        var zone = LocalClock.FindZone(current.TimeZone) ?? TimeZoneInfo.Utc;
        var settings = await teams.GetAsync(work.TenantId, current.ManagerId, cancellationToken);
        var fiscalYearStartMonth = settings.Thresholds.FiscalYearStartMonth;
        var period = ForecastPeriod.Containing(reminder.Date, fiscalYearStartMonth);
        var (nextDate, nextAt) = ForecastCallCadence.Next(
            current,
            now > reminder.At ? now : reminder.At,
            zone,
            fiscalYearStartMonth);

        // The fiscal year may have been moved since this call was planned; a date outside the close period is skipped.
        if (now - reminder.At > options.Value.PostUntil
            || !ForecastCallCadence.InClosePeriod(reminder.Date, period, current.CloseWeeks))
        {
            ForecastCallLog.Skipped(logger, work.Id, reminder.At, nextAt);
        }
        else
        {
            var manager = await people.GetAsync(work.TenantId, current.ManagerId, cancellationToken);
            var card = ForecastCallCards.Reminder(
                manager?.DisplayName ?? "Your",
                period,
                ForecastCallCadence.Describe(current),
                period.DaysLeft(reminder.Date));
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Attachments = [card.ToAttachment()],
                Summary = $"Forecast call: {period.Label}",
            };
            var target = DeliveryTarget.Conversation(current.ChannelId);
            var message = new OutboundMessage(work.TenantId, work.Id, Kind, target, activity);
            await outbound.EnqueueAsync(message, cancellationToken);
            ForecastCallLog.Queued(logger, work.Id, nextAt);
        }

        await schedule.ScheduleAsync(ForecastCallCadence.Reminder(current, nextDate, nextAt), cancellationToken);
    }
}
