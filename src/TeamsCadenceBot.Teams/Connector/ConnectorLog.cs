using Microsoft.Extensions.Logging;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>The connector's log events (ids 1200-1299). Conversation and user ids stay out of them.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(
        EventId = 1200,
        EventName = "ConnectorRetrying",
        Level = LogLevel.Warning,
        Message = "Connector {Operation} answered {StatusCode}; try {NextAttempt} of {MaxAttempts} in {Delay}")]
    public static partial void Retrying(
        ILogger logger,
        string operation,
        int statusCode,
        int nextAttempt,
        int maxAttempts,
        TimeSpan delay);

    [LoggerMessage(
        EventId = 1201,
        EventName = "ConnectorTransportRetrying",
        Level = LogLevel.Warning,
        Message = "Connector {Operation} failed to get an answer; try {NextAttempt} of {MaxAttempts} in {Delay}")]
    public static partial void TransportRetrying(
        ILogger logger,
        Exception exception,
        string operation,
        int nextAttempt,
        int maxAttempts,
        TimeSpan delay);

    [LoggerMessage(
        EventId = 1202,
        EventName = "ConnectorRecipientBlocked",
        Level = LogLevel.Information,
        Message = "Connector {Operation}: the recipient blocked or removed the bot ({ErrorCode})")]
    public static partial void RecipientBlocked(ILogger logger, string operation, string? errorCode);

    [LoggerMessage(
        EventId = 1203,
        EventName = "ConnectorGaveUp",
        Level = LogLevel.Warning,
        Message = "Connector {Operation} gave up after {Attempts} tries; last status {StatusCode}")]
    public static partial void GaveUp(ILogger logger, string operation, int attempts, int? statusCode);

    [LoggerMessage(
        EventId = 1204,
        EventName = "ConnectorRetryAfterTooLong",
        Level = LogLevel.Warning,
        Message = "Connector {Operation} was asked to wait {RetryAfter}, longer than the {MaxRetryAfter} allowed")]
    public static partial void RetryAfterTooLong(
        ILogger logger,
        string operation,
        TimeSpan retryAfter,
        TimeSpan maxRetryAfter);

    [LoggerMessage(
        EventId = 1205,
        EventName = "ConnectorRefused",
        Level = LogLevel.Debug,
        Message = "Connector {Operation} was refused with {StatusCode} ({ErrorCode})")]
    public static partial void Refused(ILogger logger, string operation, int statusCode, string? errorCode);

    [LoggerMessage(
        EventId = 1206,
        EventName = "ConnectorTokenAcquired",
        Level = LogLevel.Debug,
        Message = "Connector token acquired, valid until {ExpiresOn}")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(
        EventId = 1207,
        EventName = "ConnectorWithoutCredentials",
        Level = LogLevel.Warning,
        Message = "Connector calls carry no token (Bot:Credentials:Kind is None): local Agents Playground only")]
    public static partial void RunningWithoutCredentials(ILogger logger);
}
