using Microsoft.Extensions.Options;

namespace TeamsCadenceBot.Scheduling;

/// <summary>Runs a sweep every <see cref="SchedulerOptions.SweepInterval"/> on the injected clock.</summary>
internal sealed partial class SchedulerService(
    SchedulerSweep sweep,
    IOptions<SchedulerOptions> options,
    TimeProvider clock,
    ILogger<SchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                await sweep.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage unreachable or similar: the work stays stored and the next sweep tries again.
                LogSweepFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 1704, EventName = "SweepFailed", Level = LogLevel.Warning,
        Message = "A scheduler sweep failed; the next one will try again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
