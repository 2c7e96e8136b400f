using Azure.Data.Tables;

namespace TeamsCadenceBot.Storage;

/// <summary>
/// Applies every registered <see cref="IStorageUpgrade"/> that is not yet recorded as done, in order, and records
/// each one in the <c>upgrades</c> table once it has finished. A start with nothing to upgrade costs one read per
/// upgrade. Storage that cannot be reached is tried again with a growing pause; until every upgrade is done the
/// instance is not ready (<see cref="Completed"/>, read by the readiness check), so it takes no traffic.
/// </summary>
/// <remarks>
/// The scheduler and the sender wait for <see cref="WhenCompleted"/> before their first pass, since an outbox row
/// not yet moved would look like a message already handled.
/// </remarks>
internal sealed partial class StorageUpgrades(
    CadenceTables tables,
    IEnumerable<IStorageUpgrade> upgrades,
    TimeProvider clock,
    ILogger<StorageUpgrades> logger) : BackgroundService
{
    private const string TableName = "upgrades";
    private const string Partition = "upgrade";

    /// <summary>After this many failures in a row of one upgrade, it is logged as an error (once).</summary>
    internal const int FailuresBeforeError = 5;

    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Completed => _completed.Task.IsCompleted;

    /// <summary>Completes once every upgrade is done; never faults (failures are tried again).</summary>
    public Task WhenCompleted => _completed.Task;

    // The upgrade being applied, or null while reading what is done: named when it fails.
    private string? _applying;

    /// <summary>Applies what is pending once; throws when storage fails, leaving the rest for the next try.</summary>
    public async Task ApplyPendingAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        foreach (var upgrade in upgrades)
        {
            var done = await table.GetEntityIfExistsAsync<TableEntity>(
                Partition,
                TableKeys.Row(upgrade.Name),
                cancellationToken: cancellationToken);
            if (done.HasValue)
            {
                continue;
            }

            _applying = upgrade.Name;
            var written = await upgrade.ApplyAsync(cancellationToken);
            _applying = null;
            LogApplied(logger, upgrade.Name, written);
            await table.UpsertEntityAsync(
                new TableEntity(Partition, TableKeys.Row(upgrade.Name))
                {
                    ["AppliedAt"] = clock.GetUtcNow(),
                    ["RowsWritten"] = written,
                },
                TableUpdateMode.Replace,
                cancellationToken);
        }

        _completed.TrySetResult();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? failing = null;
        var failuresInARow = 0;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await ApplyPendingAsync(stoppingToken);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                var pause = TimeSpan.FromSeconds(Math.Min(60, 2 * attempt));
                LogFailed(logger, attempt, pause.TotalSeconds, e);
                var name = _applying ?? "(reading the upgrades done)";
                failuresInARow = name == failing ? failuresInARow + 1 : 1;
                failing = name;
                if (failuresInARow == FailuresBeforeError)
                {
                    // Readiness waits for it: an operator has to look, as trying again will likely not help.
                    LogStuck(logger, name, failuresInARow, e);
                }

                _applying = null;
                await Task.Delay(pause, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = 1310, EventName = "StorageUpgradeApplied", Level = LogLevel.Information,
        Message = "Applied the storage upgrade {Name}: {Written} rows written")]
    private static partial void LogApplied(ILogger logger, string name, int written);

    [LoggerMessage(EventId = 1311, EventName = "StorageUpgradeFailed", Level = LogLevel.Warning,
        Message = "Storage upgrades failed on attempt {Attempt}; trying again in {Seconds} s")]
    private static partial void LogFailed(ILogger logger, int attempt, double seconds, Exception exception);

    [LoggerMessage(EventId = 1313, EventName = "StorageUpgradeStuck", Level = LogLevel.Error,
        Message = "The storage upgrade {Name} has failed {Failures} times in a row; the instance stays not ready "
            + "until it is done")]
    private static partial void LogStuck(ILogger logger, string name, int failures, Exception exception);
}
