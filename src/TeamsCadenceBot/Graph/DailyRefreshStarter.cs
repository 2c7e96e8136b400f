using Microsoft.Extensions.Options;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// Plans the next daily refresh when the service starts; planning the same day twice (several instances, restarts)
/// stores it once. Storage that is not there yet is waited for, a minute at a time.
/// </summary>
internal sealed partial class DailyRefreshStarter(
    WorkSchedule schedule,
    IOptions<GraphOptions> options,
    TimeProvider clock,
    ILogger<DailyRefreshStarter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var work = GraphWork.NextDailyRefresh(settings.TenantId!, clock.GetUtcNow(), settings.RefreshTime);
                await schedule.ScheduleAsync(work, stoppingToken);
                LogPlanned(logger, work.DueAt);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogPlanFailed(logger, e);
                await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = 1650, EventName = "GraphRefreshPlanned", Level = LogLevel.Information,
        Message = "The next refresh from Microsoft Graph runs at {DueAt:u}")]
    private static partial void LogPlanned(ILogger logger, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 1651, EventName = "GraphRefreshPlanFailed", Level = LogLevel.Warning,
        Message = "Could not plan the daily refresh from Microsoft Graph; trying again in a minute")]
    private static partial void LogPlanFailed(ILogger logger, Exception exception);
}
