using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Authentication;

namespace TeamsCadenceBot.Teams.Hosting;

/// <summary>
/// Handles one POST to the bot endpoint: authenticate, read and parse the activity, hand it to the
/// <see cref="IActivityHandler"/>, and answer. Bad input gets a 4xx, never a 500.
/// </summary>
internal sealed class BotRequestProcessor(
    InboundRequestAuthenticator authenticator,
    IOptions<BotEndpointOptions> options,
    ILogger<BotRequestProcessor> logger)
{
    public async Task ProcessAsync(HttpContext context)
    {
        var request = context.Request;
        var hasToken = InboundRequestAuthenticator.HasToken(request);
        if (!hasToken && !authenticator.AcceptsWithoutToken(context))
        {
            BotResponses.Unauthorized(context.Response);
            return;
        }

        if (!request.HasJsonContentType())
        {
            Reject(context.Response, StatusCodes.Status415UnsupportedMediaType, "NotJson");
            return;
        }

        byte[]? body;
        try
        {
            body = await RequestBodyReader.ReadAsync(request, options.Value.MaxRequestBodySize, context.RequestAborted);
        }
        catch (BadHttpRequestException exception)
        {
            // The server's own limits or a broken chunked encoding: the caller's fault, not ours.
            Reject(context.Response, exception.StatusCode, "UnreadableBody");
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (body is null)
        {
            Reject(context.Response, StatusCodes.Status413PayloadTooLarge, "TooLarge");
            return;
        }

        if (!ActivityReader.TryRead(body, out var activity, out var problem))
        {
            Reject(context.Response, StatusCodes.Status400BadRequest, problem);
            return;
        }

        if (hasToken && !await authenticator.AcceptsTokenAsync(request, activity, context.RequestAborted))
        {
            BotResponses.Unauthorized(context.Response);
            return;
        }

        await DispatchAsync(context, activity);
    }

    private async Task DispatchAsync(HttpContext context, Activity activity)
    {
        var handler = context.RequestServices.GetRequiredService<IActivityHandler>();
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        InvokeResponse? invokeResponse;
        try
        {
            invokeResponse = await handler.HandleAsync(activity, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            HostingLog.RequestAborted(logger, activity.Type, activity.Id);
            return;
        }
        catch (Exception exception)
        {
            // The endpoint is the last boundary: whatever the handler throws still gets an answer.
            // A failed message gets 500 so that Teams delivers it again; a failed invoke is shown to the person.
            var status = isInvoke ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
            HostingLog.HandlerFailed(logger, activity.Type, activity.Id, status, exception);
            if (!isInvoke)
            {
                context.Response.StatusCode = status;
                return;
            }

            invokeResponse = InvokeResponse.Error(500, "InternalError", "Something went wrong. Please try again.");
        }

        // Only invokes answer with a body; other activities are acknowledged with an empty 200.
        await BotResponses.WriteAsync(context.Response, isInvoke ? invokeResponse : null);
    }

    private void Reject(HttpResponse response, int statusCode, string problem)
    {
        HostingLog.RequestRejected(logger, statusCode, problem);
        response.StatusCode = statusCode;
    }
}
