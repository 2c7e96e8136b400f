using Microsoft.AspNetCore.Http;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Teams.Hosting;

/// <summary>The answers the bot endpoint writes.</summary>
internal static class BotResponses
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>401 with no detail: a caller that failed authentication learns nothing about why.</summary>
    public static void Unauthorized(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Bearer";
    }

    /// <summary>An empty 200 without an invoke response, else its status and body.</summary>
    public static Task WriteAsync(HttpResponse response, InvokeResponse? invokeResponse)
    {
        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        }

        response.StatusCode = invokeResponse.Status;
        return invokeResponse.Body is { } body
            ? response.WriteAsJsonAsync(body, body.GetType(), ProtocolJson.Options, JsonContentType)
            : Task.CompletedTask;
    }
}
