using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Takes pointers off the outbound queue and sends them, up to <see cref="DeliveryOptions.Concurrency"/> at
/// once. It receives ahead, holding up to <see cref="DeliveryOptions.Prefetch"/> messages, and settles each
/// message on the queue behind the sends (deleted when finished; shown again after a growing delay when it must
/// be tried again), so that sending goes on through a slow or briefly stalled queue service while the table
/// service answers. A message held longer than half its visibility timeout is not sent: it reappears for a fresh
/// receive.
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

    // Queue requests settling finished messages at once; they wait in memory when the queue service is slow.
    private const int Settlers = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (upgrades is not null)
        {
            await upgrades.WhenCompleted.WaitAsync(stoppingToken);
        }

        var settings = options.Value;
        var pipeline = new Pipeline(settings);
        var settling = Enumerable.Range(0, Settlers).Select(_ => SettleAsync(pipeline.Settlements.Reader)).ToList();
        var sending = SendReceivedAsync(pipeline, stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (await ReceiveAheadAsync(pipeline, stoppingToken) == 0)
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
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is held and unsent reappears on the queue for the next instance.
        }
        finally
        {
            pipeline.Received.Writer.TryComplete();
            await sending;
            await Task.WhenAll(pipeline.InFlight.Keys);
            pipeline.Settlements.Writer.TryComplete();
            await Task.WhenAll(settling);
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

    // Waits until a quarter of a receive's worth can be held, takes as many as can be held (at most 32),
    // receives that many and passes them to the senders; returns how many it received.
    private async Task<int> ReceiveAheadAsync(Pipeline pipeline, CancellationToken stoppingToken)
    {
        var wanted = Math.Min(MaxReceive / 4, options.Value.Prefetch);
        var free = 0;
        try
        {
            for (; free < wanted; free++)
            {
                await pipeline.Held.WaitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            if (free > 0)
            {
                pipeline.Held.Release(free);
            }

            throw;
        }

        while (free < MaxReceive && pipeline.Held.Wait(0, CancellationToken.None))
        {
            free++;
        }

        QueueClient queue;
        QueueMessage[] messages;
        try
        {
            queue = await queues.GetAsync(OutboundQueue.QueueName, stoppingToken);
            messages = (await queue.ReceiveMessagesAsync(
                maxMessages: free,
                visibilityTimeout: options.Value.VisibilityTimeout,
                cancellationToken: stoppingToken)).Value;
        }
        catch
        {
            pipeline.Held.Release(free);
            throw;
        }

        var receivedAt = clock.GetUtcNow();
        foreach (var message in messages)
        {
            pipeline.Received.Writer.TryWrite(new Held(queue, message, receivedAt));
        }

        if (messages.Length < free)
        {
            pipeline.Held.Release(free - messages.Length);
        }

        return messages.Length;
    }

    // Starts a send for each received message as a sending slot frees up.
    private async Task SendReceivedAsync(Pipeline pipeline, CancellationToken stoppingToken)
    {
        await foreach (var held in pipeline.Received.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await pipeline.Slots.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                // Stopping: this one and the rest reappear on the queue.
                pipeline.Held.Release();
                continue;
            }

            var send = SendHeldAsync(pipeline, held, stoppingToken);
            pipeline.InFlight.TryAdd(send, true);
            _ = send.ContinueWith(done => pipeline.InFlight.TryRemove(done, out _), TaskScheduler.Default);
        }
    }

    private async Task SendHeldAsync(Pipeline pipeline, Held held, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            var settings = options.Value;
            if (clock.GetUtcNow() - held.ReceivedAt > settings.VisibilityTimeout / 2)
            {
                // Held too long (the sends ahead of it waited on Teams): it may be visible again already.
                return;
            }

            var settlement = await SendAsync(held.Message, stoppingToken);
            if (settlement is not null)
            {
                pipeline.Settlements.Writer.TryWrite(new Settlement(held.Queue, held.Message, settlement.Value));
            }
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
            pipeline.Slots.Release();
            pipeline.Held.Release();
        }
    }

    private async Task HandleAsync(QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        if (await SendAsync(message, cancellationToken) is { } settlement)
        {
            await SettleOneAsync(new Settlement(queue, message, settlement), cancellationToken);
        }
    }

    // Sends the message; returns how to settle it on the queue, or null to leave it be.
    private async Task<TimeSpan?> SendAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var pointer = JsonSerializer.Deserialize<OutboundPointer>(message.MessageText);
        var outcome = pointer is null
            ? DeliveryOutcome.AlreadyHandled
            : await sender.SendAsync(pointer, cancellationToken);
        return outcome switch
        {
            // Capped low: most failures are passing (a storage timeout, Teams busy) and reminders are timely.
            DeliveryOutcome.RetryLater => TimeSpan.FromSeconds(Math.Min(60, 5 * Math.Pow(2, message.DequeueCount))),
            DeliveryOutcome.InProgressElsewhere => null,
            _ => TimeSpan.Zero,
        };
    }

    private async Task SettleAsync(ChannelReader<Settlement> settlements)
    {
        await foreach (var settlement in settlements.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                // Not the stopping token: settling what was sent spares the next instance a read of its row.
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), clock);
                await SettleOneAsync(settlement, timeout.Token);
            }
            catch (Exception e)
            {
                // Not deleted: the message reappears and its outbox row says it was handled.
                LogSettleFailed(logger, e);
            }
        }
    }

    // Zero: finished, so deleted; otherwise shown again after that delay.
    private static async Task SettleOneAsync(Settlement settlement, CancellationToken cancellationToken)
    {
        var (queue, message, showAgainAfter) = settlement;
        if (showAgainAfter == TimeSpan.Zero)
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        else
        {
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: showAgainAfter, cancellationToken: cancellationToken);
        }
    }

    [LoggerMessage(EventId = 1805, EventName = "OutboundReceiveFailed", Level = LogLevel.Warning,
        Message = "Reading the outbound queue failed; trying again shortly")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1806, EventName = "OutboundSendFailed", Level = LogLevel.Warning,
        Message = "Handling an outbound queue message failed; it reappears on the queue for another try")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1807, EventName = "OutboundSettleFailed", Level = LogLevel.Warning,
        Message = "Removing a handled message from the outbound queue failed; it reappears and is recognised as handled")]
    private static partial void LogSettleFailed(ILogger logger, Exception exception);

    private sealed record Held(QueueClient Queue, QueueMessage Message, DateTimeOffset ReceivedAt);

    private sealed record Settlement(QueueClient Queue, QueueMessage Message, TimeSpan ShowAgainAfter);

    /// <summary>What one run of the service holds: messages received and not yet sent, sends, and settlements.</summary>
    private sealed class Pipeline(DeliveryOptions settings)
    {
        public SemaphoreSlim Held { get; } = new(settings.Prefetch, settings.Prefetch);

        public SemaphoreSlim Slots { get; } = new(settings.Concurrency, settings.Concurrency);

        public Channel<Held> Received { get; } = Channel.CreateUnbounded<Held>(new UnboundedChannelOptions { SingleReader = true });

        public Channel<Settlement> Settlements { get; } = Channel.CreateUnbounded<Settlement>();

        public ConcurrentDictionary<Task, bool> InFlight { get; } = new();
    }
}
