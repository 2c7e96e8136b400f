using Microsoft.Extensions.Logging;

namespace TeamsCadenceBot.Teams.Hosting;

/// <summary>Log events of the bot endpoint (ids 1120-1139). Activities themselves are never logged.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(
        EventId = 1120,
        EventName = "ActivityHandlerFailed",
        Level = LogLevel.Error,
        Message = "The activity handler failed on a {ActivityType} activity {ActivityId}; answered {StatusCode}")]
    public static partial void HandlerFailed(
        ILogger logger,
        string activityType,
        string? activityId,
        int statusCode,
        Exception exception);

    [LoggerMessage(
        EventId = 1121,
        EventName = "ActivityRequestRejected",
        Level = LogLevel.Warning,
        Message = "Rejected a request to the bot endpoint with {StatusCode}: {Problem}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, string problem);

    [LoggerMessage(
        EventId = 1122,
        EventName = "ActivityRequestAborted",
        Level = LogLevel.Debug,
        Message = "The caller went away while a {ActivityType} activity {ActivityId} was handled")]
    public static partial void RequestAborted(ILogger logger, string activityType, string? activityId);
}
