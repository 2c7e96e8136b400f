namespace TeamsCadenceBot.ForecastCalls;

/// <summary>The forecast calls' log messages (event ids 3000-3099). Person ids appear at Debug only.</summary>
internal static partial class ForecastLog
{
    [LoggerMessage(EventId = 3000, EventName = "ForecastCallLaunched", Level = LogLevel.Information,
        Message = "Launched forecast call {CallId} for {PeriodKey} with {RepCount} reps; "
            + "{FormsQueued} forms queued to personal chats")]
    public static partial void CallLaunched(
        ILogger logger,
        string callId,
        string periodKey,
        int repCount,
        int formsQueued);

    [LoggerMessage(EventId = 3001, EventName = "ForecastCallRefused", Level = LogLevel.Information,
        Message = "Refused to launch a forecast call: {Reason}")]
    public static partial void LaunchRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 3002, EventName = "ForecastViewShown", Level = LogLevel.Debug,
        Message = "Showed the {Role} view of forecast call {CallId}")]
    public static partial void ViewShown(ILogger logger, ForecastRole role, string callId);

    [LoggerMessage(EventId = 3003, EventName = "ForecastActionKept", Level = LogLevel.Information,
        Message = "Kept the forecast action {Verb} on call {CallId}")]
    public static partial void ActionKept(ILogger logger, string verb, string callId);

    [LoggerMessage(EventId = 3004, EventName = "ForecastActionRefused", Level = LogLevel.Information,
        Message = "Refused the forecast action {Verb} on call {CallId} with {ProblemCount} problems")]
    public static partial void ActionRefused(ILogger logger, string verb, string callId, int problemCount);

    [LoggerMessage(EventId = 3005, EventName = "ForecastActionNotAllowed", Level = LogLevel.Information,
        Message = "Refused the forecast action {Verb} to someone who is {Role} to the call")]
    public static partial void ActionNotAllowed(ILogger logger, string verb, ForecastRole role);

    [LoggerMessage(EventId = 3007, EventName = "ForecastPeriodsMeasured", Level = LogLevel.Information,
        Message = "Measured the accuracy of {Count} closed forecast periods")]
    public static partial void PeriodsMeasured(ILogger logger, int count);

    [LoggerMessage(EventId = 3008, EventName = "ForecastMembersUnknown", Level = LogLevel.Warning,
        Message = "Could not list the channel's members, so no forecast forms went to personal chats "
            + "for call {CallId}")]
    public static partial void MembersUnknown(ILogger logger, string callId);

    [LoggerMessage(EventId = 3009, EventName = "ForecastCardNotPosted", Level = LogLevel.Warning,
        Message = "The forecast call card for {CallId} was not posted: {Outcome}")]
    public static partial void CardNotPosted(ILogger logger, string callId, string outcome);

    [LoggerMessage(EventId = 3010, EventName = "ForecastRefreshCapped", Level = LogLevel.Information,
        Message = "Forecast call {CallId} has {People} people; the first 60 get their view on sight, "
            + "the rest by button")]
    public static partial void RefreshCapped(ILogger logger, string callId, int people);
}
