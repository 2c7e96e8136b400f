using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Scheduling;

/// <summary>
/// Runs a sweep every <see cref="SchedulerOptions.SweepInterval"/> on the injected clock, and again at once
/// while sweeps find full batches.
/// </summary>
internal sealed partial class SchedulerService(
    SchedulerSweep sweep,
    IOptions<SchedulerOptions> options,
    TimeProvider clock,
    ILogger<SchedulerService> logger,
    StorageUpgrades? upgrades = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (upgrades is not null)
        {
            await upgrades.WhenCompleted.WaitAsync(stoppingToken);
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                // A full batch done means more may be waiting: sweep again at once rather than a tick later.
                SweepOutcome outcome;
                do
                {
                    outcome = await sweep.SweepAsync(stoppingToken);
                }
                while (outcome.MoreDue);
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
