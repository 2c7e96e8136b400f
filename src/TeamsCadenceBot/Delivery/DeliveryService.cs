using System.Collections.Concurrent;
using System.Threading.Channels;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Takes pointers off the outbound queue and sends them, up to <see cref="DeliveryOptions.Concurrency"/> at
/// once. It receives ahead, holding up to <see cref="DeliveryOptions.Prefetch"/> messages, and settles each
/// message on the queue behind the sends (deleted when finished; shown again after a growing delay when it must
/// be tried again), so that sending goes on through a slow or briefly stalled queue service while the table
/// service answers. A message held longer than half its visibility timeout is not sent: it is made visible again
/// at once for a fresh receive. A message for a tenant Teams paused for longer than that is shown again when the
/// pause ends, without an attempt; one that cannot be read goes to the dead-letter table after
/// <see cref="DeliveryOptions.MaxAttempts"/> receives.
/// </summary>
internal sealed partial class DeliveryService(
    CadenceQueues queues,
    DeliverySender sender,
    DeadLetterStore deadLetters,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryService> logger,
    TeamsRateLimiter? limiter = null,
    IOptions<ConnectorCredentialOptions>? credentials = null,
    StorageUpgrades? upgrades = null) : BackgroundService
{
    // Where an unreadable message that names no tenant is set aside when the bot's own tenant is not configured.
    private const string UnknownTenant = "unknown-tenant";

    // The longest the queue service hides a message.
    private static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

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
        var settling = Enumerable.Range(0, Settlers)
            .Select(_ => SettleAsync(pipeline.Settlements.Reader))
            .ToList();
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
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = settings.Concurrency,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(messages, parallel, async (message, ct) => await HandleAsync(queue, message, ct));
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
            var heldFor = clock.GetUtcNow() - held.ReceivedAt;
            if (heldFor > settings.VisibilityTimeout / 2)
            {
                // Held too long (the sends ahead of it waited on Teams): it may be visible again already, and if
                // not it should be, rather than hidden for the rest of its visibility timeout.
                LogHeldTooLong(logger, held.Message.MessageId, heldFor, settings.VisibilityTimeout);
                pipeline.Settlements.Writer.TryWrite(new Settlement(held.Queue, held.Message, Disposition.ShowNow));
                return;
            }

            var settlement = await SendAsync(held.Message, stoppingToken);
            if (settlement is not null)
            {
                pipeline.Settlements.Writer.TryWrite(new Settlement(held.Queue, held.Message, settlement));
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
    private async Task<Disposition?> SendAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var read = OutboundPointer.Read(message.MessageText);
        if (read.Pointer is not { } pointer)
        {
            return await UnreadableAsync(message, read, cancellationToken);
        }

        // Sending would only wait at the rate gate past the claim's lease: hide it until Teams lets the tenant in.
        var paused = PauseLeft(pointer.TenantId);
        if (paused > options.Value.VisibilityTimeout / 2)
        {
            LogTenantPaused(logger, message.MessageId, paused);
            return Disposition.ShowAfter(paused);
        }

        var outcome = await sender.SendAsync(pointer, cancellationToken);
        return outcome switch
        {
            // A 429 paused the tenant for its Retry-After: the message comes back no sooner than that.
            DeliveryOutcome.RetryLater => Disposition.ShowAfter(Max(Backoff(message), PauseLeft(pointer.TenantId))),
            DeliveryOutcome.InProgressElsewhere => null,
            _ => Disposition.Delete,
        };
    }

    // A message no version of the sender could read would come back forever; a few more receives give an instance
    // that knows its shape (during a rolling upgrade) the chance to take it first.
    private async Task<Disposition> UnreadableAsync(
        QueueMessage message,
        OutboundPointerRead read,
        CancellationToken cancellationToken)
    {
        var dequeued = (int)Math.Min(message.DequeueCount, int.MaxValue);
        if (dequeued < options.Value.MaxAttempts)
        {
            LogUnreadable(logger, message.MessageId, dequeued, read.Error);
            return Disposition.ShowAfter(Backoff(message));
        }

        // Gaps: a message naming no tenant, on a bot configured without Bot:Credentials:TenantId, is set aside
        // under a tenant no admin token carries, so GET /admin/dead-letters cannot list it; the log still names it.
        var tenant = read.TenantId ?? credentials?.Value.TenantId ?? UnknownTenant;
        var reason = $"The queue message cannot be read as an outbound message ({read.Error}): {Excerpt(message)}";
        await deadLetters.AddAsync(
            new DeadLetter(tenant, "delivery", "unreadable", message.MessageId, reason, dequeued, clock.GetUtcNow()),
            cancellationToken);
        LogUnreadableDeadLettered(logger, message.MessageId, dequeued, read.Error);
        return Disposition.Delete;
    }

    // Capped low: most failures are passing (a storage timeout, Teams busy) and reminders are timely.
    private static TimeSpan Backoff(QueueMessage message) =>
        TimeSpan.FromSeconds(Math.Min(60, 5 * Math.Pow(2, message.DequeueCount)));

    private TimeSpan PauseLeft(string tenantId) => limiter?.PauseLeft(tenantId, clock.GetUtcNow()) ?? TimeSpan.Zero;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Excerpt(QueueMessage message)
    {
        var text = message.Body?.ToString() ?? string.Empty;
        return text.Length > 500 ? text[..500] + "…" : text;
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

    private async Task SettleOneAsync(Settlement settlement, CancellationToken cancellationToken)
    {
        var (queue, message, disposition) = settlement;
        if (disposition.Deletes)
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return;
        }

        try
        {
            await queue.UpdateMessageAsync(
                message.MessageId,
                message.PopReceipt,
                visibilityTimeout: disposition.ShowAgainAfter,
                cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (IsLostPopReceipt(e))
        {
            // It became visible already and another receive took it (or finished it): nothing left to show.
            LogPopReceiptLost(logger, message.MessageId);
        }
    }

    private static bool IsLostPopReceipt(RequestFailedException e) =>
        e.Status == 404 || e.ErrorCode is "PopReceiptMismatch" or "MessageNotFound";

    [LoggerMessage(EventId = 1805, EventName = "OutboundReceiveFailed", Level = LogLevel.Warning,
        Message = "Reading the outbound queue failed; trying again shortly")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1806, EventName = "OutboundSendFailed", Level = LogLevel.Warning,
        Message = "Handling an outbound queue message failed; it reappears on the queue for another try")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1807, EventName = "OutboundSettleFailed", Level = LogLevel.Warning,
        Message = "Removing a handled message from the outbound queue failed; it reappears and is recognised as "
            + "handled")]
    private static partial void LogSettleFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1810, EventName = "OutboundHeldTooLong", Level = LogLevel.Debug,
        Message = "Outbound message {MessageId} waited {HeldFor} for a sending slot, more than half its visibility "
            + "timeout of {VisibilityTimeout}; it is made visible again for a fresh receive instead of being sent")]
    private static partial void LogHeldTooLong(
        ILogger logger,
        string messageId,
        TimeSpan heldFor,
        TimeSpan visibilityTimeout);

    [LoggerMessage(EventId = 1811, EventName = "OutboundPopReceiptLost", Level = LogLevel.Debug,
        Message = "Outbound message {MessageId} was received again elsewhere before it could be shown again")]
    private static partial void LogPopReceiptLost(ILogger logger, string messageId);

    [LoggerMessage(EventId = 1812, EventName = "OutboundTenantPaused", Level = LogLevel.Debug,
        Message = "Outbound message {MessageId} is for a tenant Teams paused for another {PauseLeft}; "
            + "shown again then")]
    private static partial void LogTenantPaused(ILogger logger, string messageId, TimeSpan pauseLeft);

    [LoggerMessage(EventId = 1813, EventName = "OutboundUnreadable", Level = LogLevel.Warning,
        Message = "Outbound queue message {MessageId} cannot be read ({Error}); received {DequeueCount} times, "
            + "it is shown again later")]
    private static partial void LogUnreadable(ILogger logger, string messageId, int dequeueCount, string error);

    [LoggerMessage(EventId = 1814, EventName = "OutboundUnreadableDeadLettered", Level = LogLevel.Error,
        Message = "Outbound queue message {MessageId} could not be read in {DequeueCount} receives ({Error}); "
            + "it was moved to the dead-letter table")]
    private static partial void LogUnreadableDeadLettered(
        ILogger logger,
        string messageId,
        int dequeueCount,
        string error);

    private sealed record Held(QueueClient Queue, QueueMessage Message, DateTimeOffset ReceivedAt);

    private sealed record Settlement(QueueClient Queue, QueueMessage Message, Disposition Disposition);

    /// <summary>What becomes of a queue message: deleted, or shown again after a delay (zero: at once).</summary>
    private sealed record Disposition(bool Deletes, TimeSpan ShowAgainAfter)
    {
        public static readonly Disposition Delete = new(true, TimeSpan.Zero);

        public static readonly Disposition ShowNow = new(false, TimeSpan.Zero);

        // Whole seconds, rounded up: the queue service counts visibility in seconds, and a pause must not end early.
        public static Disposition ShowAfter(TimeSpan delay) =>
            new(false, TimeSpan.FromSeconds(Math.Ceiling(Math.Min(
                delay.TotalSeconds,
                MaxVisibilityTimeout.TotalSeconds))));
    }

    /// <summary>What one run of the service holds: messages received and not yet sent, sends, settlements.</summary>
    private sealed class Pipeline(DeliveryOptions settings)
    {
        public SemaphoreSlim Held { get; } = new(settings.Prefetch, settings.Prefetch);

        public SemaphoreSlim Slots { get; } = new(settings.Concurrency, settings.Concurrency);

        public Channel<Held> Received { get; } =
            Channel.CreateUnbounded<Held>(new UnboundedChannelOptions { SingleReader = true });

        public Channel<Settlement> Settlements { get; } = Channel.CreateUnbounded<Settlement>();

        public ConcurrentDictionary<Task, bool> InFlight { get; } = new();
    }
}
