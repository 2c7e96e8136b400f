using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Once a day (the first time <see cref="FirstRunAfter"/> after start-up, then <see cref="Interval"/> after each
/// run), deletes the outbox rows of messages that finished longer than <see cref="DeliveryOptions.KeepFinishedFor"/>
/// ago, so the outbox does not grow for ever. Several instances may each run it: a row one of them deleted first
/// is passed over, and counted only by the one that deleted it.
/// </summary>
internal sealed partial class OutboxRetention(
    OutboxStore outbox,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<OutboxRetention> logger,
    StorageUpgrades? upgrades = null) : BackgroundService
{
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>Deletes what finished before the retention period; returns how many rows this run deleted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - options.Value.KeepFinishedFor;
        var deleted = await outbox.DeleteFinishedBeforeAsync(before, cancellationToken);
        LogDeleted(logger, deleted);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (upgrades is not null)
        {
            await upgrades.WhenCompleted.WaitAsync(stoppingToken);
        }

        // A wait of its own after each run (not a periodic timer), so runs never overlap and each is a day apart.
        for (var wait = FirstRunAfter; ; wait = Interval)
        {
            await Task.Delay(wait, clock, stoppingToken);
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage unreachable or similar: the rows stay until tomorrow's run.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(EventId = 1808, EventName = "OutboxRowsDeleted", Level = LogLevel.Information,
        Message = "Deleted {Count} outbox rows of messages finished before the retention period")]
    private static partial void LogDeleted(ILogger logger, int count);

    [LoggerMessage(EventId = 1809, EventName = "OutboxRetentionFailed", Level = LogLevel.Warning,
        Message = "Deleting old outbox rows failed; tomorrow's run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
