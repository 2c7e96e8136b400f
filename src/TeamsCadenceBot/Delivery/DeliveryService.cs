using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Takes pointers off the outbound queue and sends them, up to <see cref="DeliveryOptions.Concurrency"/> at
/// once, receiving more as soon as sends finish (never waiting for a whole batch). A message that must be tried
/// again stays on the queue and reappears after a growing delay; a finished one is deleted.
/// </summary>
internal sealed partial class DeliveryService(
    CadenceQueues queues,
    DeliverySender sender,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryService> logger,
    StorageUpgrades? upgrades = null) : BackgroundService
{
    // The queue service hands out at most 32 messages a request.
    private const int MaxReceive = 32;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (upgrades is not null)
        {
            await upgrades.WhenCompleted.WaitAsync(stoppingToken);
        }

        var settings = options.Value;
        using var slots = new SemaphoreSlim(settings.Concurrency, settings.Concurrency);
        var sending = new ConcurrentDictionary<Task, bool>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (await ReceiveIntoFreeSlotsAsync(slots, sending, stoppingToken) == 0)
                    {
                        await Task.Delay(settings.IdlePoll, clock, stoppingToken);
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    LogReceiveFailed(logger, e);
                    await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken);
                }
            }
        }
        finally
        {
            await Task.WhenAll(sending.Keys);
        }
    }

    /// <summary>Receives one batch and sends it; returns how many queue messages it took.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var queue = await queues.GetAsync(OutboundQueue.QueueName, cancellationToken);
        var batch = await queue.ReceiveMessagesAsync(
            maxMessages: Math.Min(MaxReceive, settings.Concurrency),
            visibilityTimeout: settings.VisibilityTimeout,
            cancellationToken: cancellationToken);
        QueueMessage[] messages = batch.Value;
        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
            async (message, ct) => await HandleAsync(queue, message, ct));
        return messages.Length;
    }

    // Waits for a quarter of the slots to be free (a receive per finished send would cost the queue service as
    // much again as the sends), takes every free slot, receives as many messages and starts sending each;
    // returns how many it received.
    private async Task<int> ReceiveIntoFreeSlotsAsync(
        SemaphoreSlim slots,
        ConcurrentDictionary<Task, bool> sending,
        CancellationToken stoppingToken)
    {
        var wanted = Math.Max(1, options.Value.Concurrency / 4);
        var free = 0;
        try
        {
            for (; free < wanted; free++)
            {
                await slots.WaitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            if (free > 0)
            {
                slots.Release(free);
            }

            throw;
        }

        while (free < MaxReceive && slots.Wait(0, CancellationToken.None))
        {
            free++;
        }

        QueueMessage[] messages;
        try
        {
            var queue = await queues.GetAsync(OutboundQueue.QueueName, stoppingToken);
            messages = (await queue.ReceiveMessagesAsync(
                maxMessages: free,
                visibilityTimeout: options.Value.VisibilityTimeout,
                cancellationToken: stoppingToken)).Value;
            foreach (var message in messages)
            {
                var send = SendInSlotAsync(queue, message, slots, stoppingToken);
                sending.TryAdd(send, true);
                _ = send.ContinueWith(done => sending.TryRemove(done, out _), TaskScheduler.Default);
            }
        }
        catch
        {
            slots.Release(free);
            throw;
        }

        if (messages.Length < free)
        {
            slots.Release(free - messages.Length);
        }

        return messages.Length;
    }

    private async Task SendInSlotAsync(
        QueueClient queue,
        QueueMessage message,
        SemaphoreSlim slots,
        CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            await HandleAsync(queue, message, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The message stays on the queue and reappears after its visibility timeout.
            LogSendFailed(logger, e);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the message reappears for the next instance.
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task HandleAsync(QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        var pointer = JsonSerializer.Deserialize<OutboundPointer>(message.MessageText);
        var outcome = pointer is null
            ? DeliveryOutcome.AlreadyHandled
            : await sender.SendAsync(pointer, cancellationToken);
        switch (outcome)
        {
            case DeliveryOutcome.RetryLater:
                // Capped low: most failures are passing (a storage timeout, Teams busy) and reminders are timely.
                var delay = TimeSpan.FromSeconds(Math.Min(60, 5 * Math.Pow(2, message.DequeueCount)));
                await queue.UpdateMessageAsync(
                    message.MessageId,
                    message.PopReceipt,
                    visibilityTimeout: delay,
                    cancellationToken: cancellationToken);
                break;
            case DeliveryOutcome.InProgressElsewhere:
                break;
            default:
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                break;
        }
    }

    [LoggerMessage(EventId = 1805, EventName = "OutboundReceiveFailed", Level = LogLevel.Warning,
        Message = "Reading the outbound queue failed; trying again shortly")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1806, EventName = "OutboundSendFailed", Level = LogLevel.Warning,
        Message = "Handling an outbound queue message failed; it reappears on the queue for another try")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}
