using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>Says loudly at start-up that unauthenticated local requests are accepted.</summary>
internal sealed class LocalDevelopmentWarning(
    IOptions<BotAuthenticationOptions> options,
    ILogger<LocalDevelopmentWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.AllowUnauthenticatedLocalRequests)
        {
            AuthenticationLog.LocalDevelopmentModeOn(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
