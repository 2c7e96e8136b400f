using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Operations;

/// <summary>
/// Readiness: the table service and the queue service both answer. Without them no turn can be
/// deduplicated and no reminder queued, so an instance that cannot reach them should take no traffic.
/// </summary>
internal sealed partial class StorageHealthCheck(
    CadenceTables tables,
    CadenceQueues queues,
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
            return HealthCheckResult.Healthy("Tables and queues answer.");
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
