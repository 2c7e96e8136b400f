using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Operations;

/// <summary>
/// Readiness: the table service and the queue service both answer, and the storage upgrades are done. Without
/// storage no turn can be deduplicated and no reminder queued, and before the upgrades some rows are not where
/// the stores read them, so such an instance should take no traffic.
/// </summary>
internal sealed partial class StorageHealthCheck(
    CadenceTables tables,
    CadenceQueues queues,
    StorageUpgrades upgrades,
    IOptions<HealthOptions> options,
    TimeProvider clock,
    ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        using var timeout = new CancellationTokenSource(options.Value.ReadinessTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var failed = "tables";
        try
        {
            await tables.PingAsync(linked.Token);
            failed = "queues";
            var queue = await queues.GetAsync(OutboundQueue.QueueName, linked.Token);
            await queue.GetPropertiesAsync(linked.Token);
            return upgrades.Completed
                ? HealthCheckResult.Healthy("Tables and queues answer.")
                : new HealthCheckResult(context.Registration.FailureStatus, "Storage upgrades are still running.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogNotReady(logger, failed, e.GetType().Name);
            var reason = timeout.IsCancellationRequested ? "did not answer in time" : "answered with an error";
            return new HealthCheckResult(context.Registration.FailureStatus, $"Storage {failed} {reason}.");
        }
    }

    [LoggerMessage(EventId = 1690, EventName = "StorageNotReady", Level = LogLevel.Warning,
        Message = "Readiness failed: storage {Service} is unreachable ({ErrorType})")]
    private static partial void LogNotReady(ILogger logger, string service, string errorType);
}
