using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Takes pointers off the outbound queue and sends them, several at once. A message that must be tried
/// again stays on the queue and reappears after a growing delay; a finished one is deleted.
/// </summary>
internal sealed partial class DeliveryService(
    CadenceQueues queues,
    DeliverySender sender,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DrainOnceAsync(stoppingToken) == 0)
                {
                    await Task.Delay(options.Value.IdlePoll, clock, stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogReceiveFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken);
            }
        }
    }

    /// <summary>Receives one batch and sends it; returns how many queue messages it took.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var queue = await queues.GetAsync(OutboundQueue.QueueName, cancellationToken);
        var batch = await queue.ReceiveMessagesAsync(
            maxMessages: Math.Min(32, settings.Concurrency),
            visibilityTimeout: settings.VisibilityTimeout,
            cancellationToken: cancellationToken);
        QueueMessage[] messages = batch.Value;
        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
            async (message, ct) =>
            {
                var pointer = JsonSerializer.Deserialize<OutboundPointer>(message.MessageText);
                var outcome = pointer is null ? DeliveryOutcome.AlreadyHandled : await sender.SendAsync(pointer, ct);
                switch (outcome)
                {
                    case DeliveryOutcome.RetryLater:
                        // Capped low: most failures are passing (a storage timeout, Teams busy) and reminders are timely.
                        var delay = TimeSpan.FromSeconds(Math.Min(60, 5 * Math.Pow(2, message.DequeueCount)));
                        await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: delay, cancellationToken: ct);
                        break;
                    case DeliveryOutcome.InProgressElsewhere:
                        break;
                    default:
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
                        break;
                }
            });
        return messages.Length;
    }

    [LoggerMessage(EventId = 1805, EventName = "OutboundReceiveFailed", Level = LogLevel.Warning,
        Message = "Reading the outbound queue failed; trying again shortly")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception);
}
