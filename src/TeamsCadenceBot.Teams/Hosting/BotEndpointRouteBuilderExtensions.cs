using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace TeamsCadenceBot.Teams.Hosting;

/// <summary>Maps the endpoint that Teams posts activities to.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to the bot: each authenticated, well-formed activity goes to
    /// the registered <see cref="IActivityHandler"/>. Needs
    /// <see cref="BotEndpointServiceCollectionExtensions.AddTeamsBotEndpoint"/>.
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="pattern">The route, <c>/api/messages</c> unless the bot registration says otherwise.</param>
    /// <returns>The endpoint, for further conventions.</returns>
    public static IEndpointConventionBuilder MapBotEndpoint(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(
            pattern,
            static context => context.RequestServices.GetRequiredService<BotRequestProcessor>().ProcessAsync(context));
    }
}
