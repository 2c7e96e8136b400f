namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>The log events of the forecast-call reminder: ids 3150 to 3169.</summary>
internal static partial class ForecastCallLog
{
    [LoggerMessage(EventId = 3150, EventName = "ForecastCallReminderScheduled", Level = LogLevel.Information,
        Message = "Scheduled forecast call reminders (close period {CloseWeeks} weeks, 0 for every week); "
            + "the first at {FirstAt:u}")]
    public static partial void Scheduled(ILogger logger, int closeWeeks, DateTimeOffset firstAt);

    [LoggerMessage(EventId = 3151, EventName = "ForecastCallReminderCancelled", Level = LogLevel.Information,
        Message = "Cancelled a team's forecast call reminders")]
    public static partial void Cancelled(ILogger logger);

    [LoggerMessage(EventId = 3152, EventName = "ForecastCallReminderQueued", Level = LogLevel.Information,
        Message = "Queued forecast call reminder {WorkId}; the next at {NextAt:u}")]
    public static partial void Queued(ILogger logger, string workId, DateTimeOffset nextAt);

    [LoggerMessage(EventId = 3153, EventName = "ForecastCallReminderSkipped", Level = LogLevel.Warning,
        Message = "Skipped forecast call reminder {WorkId} due {DueAt:u} (too late, or no longer in the close period); "
            + "the next at {NextAt:u}")]
    public static partial void Skipped(ILogger logger, string workId, DateTimeOffset dueAt, DateTimeOffset nextAt);

    [LoggerMessage(EventId = 3154, EventName = "ForecastCallReminderDropped", Level = LogLevel.Information,
        Message = "Dropped forecast call reminder {WorkId}: its schedule was replaced or cancelled")]
    public static partial void Dropped(ILogger logger, string workId);
}
