using Microsoft.Extensions.Logging;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>Log events of inbound authentication (ids 1100-1119). No token content is ever logged.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(
        EventId = 1100,
        EventName = "InboundRequestRefused",
        Level = LogLevel.Warning,
        Message = "Refused an inbound request with 401: {Reason} {Detail}")]
    public static partial void RequestRefused(ILogger logger, AuthenticationFailure? reason, string? detail);

    [LoggerMessage(
        EventId = 1101,
        EventName = "UnauthenticatedLocalRequestAccepted",
        Level = LogLevel.Warning,
        Message = "Accepted a request without a token from a loopback address because "
            + "Bot:Authentication:AllowUnauthenticatedLocalRequests is on")]
    public static partial void UnauthenticatedLocalRequestAccepted(ILogger logger);

    [LoggerMessage(
        EventId = 1102,
        EventName = "LocalDevelopmentModeOn",
        Level = LogLevel.Warning,
        Message = "Bot:Authentication:AllowUnauthenticatedLocalRequests is on: requests without a token from "
            + "loopback addresses are accepted. This is for local development only.")]
    public static partial void LocalDevelopmentModeOn(ILogger logger);

    [LoggerMessage(
        EventId = 1103,
        EventName = "SigningKeysDownloaded",
        Level = LogLevel.Information,
        Message = "Downloaded {KeyCount} signing keys named by {MetadataUrl}")]
    public static partial void SigningKeysDownloaded(ILogger logger, int keyCount, Uri metadataUrl);

    [LoggerMessage(
        EventId = 1104,
        EventName = "SigningKeysDownloadFailed",
        Level = LogLevel.Warning,
        Message = "Could not download the signing keys named by {MetadataUrl}; keeping the previous keys: {KeptPrevious}")]
    public static partial void SigningKeysDownloadFailed(
        ILogger logger,
        Uri metadataUrl,
        bool keptPrevious,
        Exception exception);
}
