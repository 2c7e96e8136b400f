using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>
/// Decides whether a request to the bot endpoint may be processed, and logs every refusal with its reason.
/// A request without a token is refused up front, before its body is read, unless the local-development
/// setting is on and it comes from a loopback address; a request with a token is checked once its activity
/// is parsed, because the token is bound to the activity's service URL and channel.
/// </summary>
internal sealed class InboundRequestAuthenticator(
    BotTokenValidator validator,
    IOptions<BotAuthenticationOptions> options,
    ILogger<InboundRequestAuthenticator> logger)
{
    public static bool HasToken(HttpRequest request) => request.Headers.Authorization.Count > 0;

    public bool AcceptsWithoutToken(HttpContext context)
    {
        if (!options.Value.AllowUnauthenticatedLocalRequests)
        {
            return Refuse(AuthenticationResult.Fail(AuthenticationFailure.MissingHeader));
        }

        if (context.Connection.RemoteIpAddress is not { } remote || !IsLoopback(remote))
        {
            return Refuse(AuthenticationResult.Fail(AuthenticationFailure.NotLoopback));
        }

        AuthenticationLog.UnauthenticatedLocalRequestAccepted(logger);
        return true;
    }

    public async Task<bool> AcceptsTokenAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Authorization;
        var result = headers.Count == 1 && headers[0] is { } authorization
            ? await validator.ValidateAsync(authorization, activity.ServiceUrl, activity.ChannelId, cancellationToken)
            : AuthenticationResult.Fail(AuthenticationFailure.NotBearer);
        return result.Succeeded || Refuse(result);
    }

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private bool Refuse(AuthenticationResult result)
    {
        AuthenticationLog.RequestRefused(logger, result.Failure, result.Detail);
        return false;
    }
}
