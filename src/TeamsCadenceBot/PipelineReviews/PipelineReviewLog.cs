using System.Diagnostics;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>The log events of pipeline reviews (event ids 2100-2199). No names, deal names or card content.</summary>
internal static partial class PipelineReviewLog
{
    /// <summary>Logs a review shown, with the time since <paramref name="startedTimestamp"/> (a Stopwatch timestamp).</summary>
    public static void ReviewShown(ILogger logger, string view, int page, PipelineReview review, long startedTimestamp)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var open = review.Reps.Sum(r => r.Summary.OpenCount);
        var flagged = review.Reps.Sum(r => r.Summary.FlaggedCount);
        var elapsed = (long)Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds;
        ReviewShown(logger, view, page, review.Reps.Count, open, flagged, elapsed);
    }

    [LoggerMessage(EventId = 2100, EventName = "PipelineReviewShown", Level = LogLevel.Information,
        Message = "Showed a pipeline review ({View}, page {Page}) of {RepCount} reps, {OpenCount} open and "
            + "{FlaggedCount} flagged deals in {ElapsedMs} ms")]
    private static partial void ReviewShown(
        ILogger logger,
        string view,
        int page,
        int repCount,
        int openCount,
        int flaggedCount,
        long elapsedMs);

    [LoggerMessage(EventId = 2101, EventName = "PipelineReviewRefused", Level = LogLevel.Information,
        Message = "Refused a pipeline review ({View}); forbidden: {Forbidden}")]
    public static partial void ReviewRefused(ILogger logger, string view, bool forbidden);

    [LoggerMessage(EventId = 2102, EventName = "RecoveryPlanRecorded", Level = LogLevel.Information,
        Message = "Recorded the recovery plan {CommitmentId} from a pipeline review")]
    public static partial void RecoveryRecorded(ILogger logger, string commitmentId);

    [LoggerMessage(EventId = 2103, EventName = "RecoveryPlanRefused", Level = LogLevel.Information,
        Message = "Refused a recovery plan: {Problem}")]
    public static partial void RecoveryRefused(ILogger logger, string problem);

    [LoggerMessage(EventId = 2104, EventName = "ReviewReminderScheduled", Level = LogLevel.Information,
        Message = "Scheduled pipeline review reminders every {IntervalWeeks} week(s), first at {FirstAt}")]
    public static partial void ReminderScheduled(ILogger logger, int intervalWeeks, DateTimeOffset firstAt);

    [LoggerMessage(EventId = 2105, EventName = "ReviewReminderQueued", Level = LogLevel.Information,
        Message = "Queued the pipeline review reminder {WorkId}; the next is due at {NextAt}")]
    public static partial void ReminderQueued(ILogger logger, string workId, DateTimeOffset nextAt);

    [LoggerMessage(EventId = 2106, EventName = "ReviewReminderDropped", Level = LogLevel.Information,
        Message = "Dropped the pipeline review reminder {WorkId}: its schedule was replaced or stopped")]
    public static partial void ReminderDropped(ILogger logger, string workId);

    [LoggerMessage(EventId = 2107, EventName = "ReviewReminderLate", Level = LogLevel.Warning,
        Message = "Skipped the pipeline review reminder {WorkId}, due at {DueAt}, found too late; the next is due at {NextAt}")]
    public static partial void ReminderLate(ILogger logger, string workId, DateTimeOffset dueAt, DateTimeOffset nextAt);
}
