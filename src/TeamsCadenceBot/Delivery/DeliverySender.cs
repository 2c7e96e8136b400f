using Microsoft.Extensions.Options;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Operations;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Sends one queued message: claims its outbox row under the ETag (so a redelivered queue message or a
/// second instance does not send it again), sends (the connector's request gate keeps Teams' rate
/// limits), and records the result. A person who blocked the bot is marked unreachable and not sent to again.
/// </summary>
/// <remarks>
/// Gaps: if the process dies after Teams accepted a message but before the row says Sent, the claim
/// expires and the message is sent again; so is one whose send is given up at half its claim while Teams was
/// accepting it. Teams offers no idempotency key that would close that gap.
/// </remarks>
internal sealed partial class DeliverySender(
    OutboxStore outbox,
    DeadLetterStore deadLetters,
    IProactiveMessenger messenger,
    IConversationStore conversations,
    IConnectorClient connector,
    IRecipientStatus recipients,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliverySender> logger,
    CadenceMetrics? metrics = null)
{
    private static readonly TimeSpan RecordTimeout = TimeSpan.FromSeconds(30);

    public async Task<DeliveryOutcome> SendAsync(OutboundPointer pointer, CancellationToken cancellationToken)
    {
        var entry = await outbox.GetAsync(pointer.TenantId, pointer.Key, cancellationToken);
        if (entry is null || entry.State is not (OutboxState.Pending or OutboxState.Sending))
        {
            return DeliveryOutcome.AlreadyHandled;
        }

        var now = clock.GetUtcNow();
        if (entry.State == OutboxState.Sending && entry.LeaseUntil > now)
        {
            return DeliveryOutcome.InProgressElsewhere;
        }

        var lease = now + options.Value.VisibilityTimeout;
        var claimed = await outbox.TryUpdateAsync(
            entry,
            OutboxState.Sending,
            entry.Attempts + 1,
            lease,
            null,
            null,
            cancellationToken);
        if (claimed is null)
        {
            return DeliveryOutcome.InProgressElsewhere;
        }

        // The send must end well within the claim: past it another instance may claim the row and send too. Waits
        // in the rate gate and the connector's retries have no bound of their own.
        var limit = options.Value.VisibilityTimeout / 2;
        using var deadline = new CancellationTokenSource(limit, clock);
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await DeliverAsync(claimed, sending.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested
            && !cancellationToken.IsCancellationRequested)
        {
            var late = new TimeoutException($"Not sent within {limit.TotalSeconds:0} s, half the claim on its row.");
            return await FailAsync(claimed, late, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await FailAsync(claimed, e, cancellationToken);
        }
    }

    private async Task<DeliveryOutcome> DeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var message = entry.Message;
        if (message.Target.PersonId is { } userId
            && await recipients.IsUnreachableAsync(message.TenantId, userId, cancellationToken))
        {
            const string Note = "The person blocked or removed the bot.";
            await FinishAsync(entry, OutboxState.Unreachable, null, Note, cancellationToken);
            return DeliveryOutcome.Unreachable;
        }

        var result = await SendToTeamsAsync(message, cancellationToken);
        switch (result.Status)
        {
            case DeliveryStatus.Delivered:
                LogSent(logger, message.Kind, message.Key);
                metrics?.ReminderSent(message.Kind);
                await RecordSentAsync(entry, result.ActivityId);
                return DeliveryOutcome.Sent;
            case DeliveryStatus.RecipientBlocked:
                LogBlocked(logger, message.Kind, message.Key);
                if (message.Target.PersonId is { } blockedPerson)
                {
                    await recipients.MarkUnreachableAsync(
                        message.TenantId,
                        blockedPerson,
                        message.Key,
                        cancellationToken);
                }

                const string Blocked = "Teams answered MessageWritesBlocked.";
                await FinishAsync(entry, OutboxState.Blocked, null, Blocked, cancellationToken);
                return DeliveryOutcome.RecipientBlocked;
            default:
                const string NotInstalled = "The bot is not installed there.";
                await FinishAsync(entry, OutboxState.Unreachable, null, NotInstalled, cancellationToken);
                return DeliveryOutcome.Unreachable;
        }
    }

    private async Task<DeliveryResult> SendToTeamsAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (message.ReplacesActivityId is { } replaced)
        {
            return await UpdateAsync(message, replaced, cancellationToken);
        }

        return message.Target switch
        {
            { PersonId: { } personId } => await messenger.SendToPersonByAadObjectIdAsync(
                message.TenantId,
                personId,
                message.Activity,
                cancellationToken),
            { ConversationId: { } conversationId } => await messenger.SendToConversationAsync(
                message.TenantId,
                conversationId,
                message.Activity,
                cancellationToken),
            _ => new DeliveryResult(DeliveryStatus.NoConversation),
        };
    }

    private async Task<DeliveryResult> UpdateAsync(
        OutboundMessage message,
        string activityId,
        CancellationToken cancellationToken)
    {
        var reference = message.Target switch
        {
            { PersonId: { } personId } =>
                await conversations.FindPersonalByAadObjectIdAsync(message.TenantId, personId, cancellationToken),
            { ConversationId: { } conversationId } =>
                await conversations.GetAsync(message.TenantId, conversationId.Split(';')[0], cancellationToken),
            _ => null,
        };
        if (reference is not { Installed: true })
        {
            return new DeliveryResult(DeliveryStatus.NotInstalled);
        }

        var address = reference.Address with
        {
            ConversationId = message.Target.ConversationId ?? reference.ConversationId,
        };
        var updated = await connector.UpdateAsync(
            address,
            activityId,
            message.Activity with { Id = activityId },
            cancellationToken);
        return updated.Outcome switch
        {
            ConnectorOutcome.Succeeded => new DeliveryResult(DeliveryStatus.Delivered, address, activityId),
            ConnectorOutcome.RecipientBlocked => new DeliveryResult(DeliveryStatus.RecipientBlocked),
            _ => new DeliveryResult(DeliveryStatus.NoConversation),
        };
    }

    private async Task<DeliveryOutcome> FailAsync(
        OutboxEntry entry,
        Exception error,
        CancellationToken cancellationToken)
    {
        var reason = error is ConnectorException c
            ? $"Teams answered {c.StatusCode} {c.ErrorCode}"
            : error.GetType().Name + ": " + error.Message;

        // Teams throttling (the connector's tries used up, or a Retry-After too long to wait for) is not a failure
        // of the message: the tenant is paused and the try does not count towards the dead-letter table.
        var throttled = error is ConnectorException { StatusCode: 429 };
        if (!throttled && entry.Attempts >= options.Value.MaxAttempts)
        {
            LogDeadLettered(logger, entry.Message.Kind, entry.Message.Key, entry.Attempts);
            await deadLetters.AddAsync(
                new DeadLetter(
                    entry.Message.TenantId,
                    "delivery",
                    entry.Message.Kind,
                    entry.Message.Key,
                    reason,
                    entry.Attempts,
                    clock.GetUtcNow()),
                cancellationToken);
            await FinishAsync(entry, OutboxState.DeadLettered, null, reason, cancellationToken);
            return DeliveryOutcome.DeadLettered;
        }

        // Gaps: a 5xx's Retry-After longer than Bot:Connector:MaxRetryAfter is not carried to the queue, so the
        // message comes back after the delivery backoff instead (a 429's is: it pauses the tenant).
        LogRetry(logger, entry.Message.Kind, entry.Message.Key, entry.Attempts, error);
        metrics?.Failed("delivery", error.GetType().Name);
        var attempts = throttled ? entry.Attempts - 1 : entry.Attempts;
        await outbox.TryUpdateAsync(entry, OutboxState.Pending, attempts, null, null, reason, cancellationToken);
        return DeliveryOutcome.RetryLater;
    }

    // Teams has taken the message: the row must say so even while the service stops (a deploy cancels the caller),
    // or the claim would expire and the message go out a second time. A failure to record it must not be taken for
    // a failed send either: that would set the row back to Pending and send it again. The row then stays Sending,
    // and the queue message is deleted as for any sent message, so it is not tried again. Gaps: should that delete
    // fail too, the message comes back after the claim and is sent again; a row left Sending is never removed by
    // the outbox retention, which removes finished rows only.
    private async Task RecordSentAsync(OutboxEntry entry, string? activityId)
    {
        try
        {
            using var recording = new CancellationTokenSource(RecordTimeout, clock);
            await FinishAsync(entry, OutboxState.Sent, activityId, null, recording.Token);
        }
        catch (Exception e)
        {
            LogSentNotRecorded(logger, entry.Message.Kind, entry.Message.Key, e);
        }
    }

    private Task<OutboxEntry?> FinishAsync(
        OutboxEntry entry,
        OutboxState state,
        string? sentActivityId,
        string? note,
        CancellationToken cancellationToken) =>
        outbox.TryFinishAsync(entry, state, sentActivityId, note, clock.GetUtcNow(), cancellationToken);

    [LoggerMessage(EventId = 1801, EventName = "MessageSent", Level = LogLevel.Information,
        Message = "Sent {Kind} message {Key}")]
    private static partial void LogSent(ILogger logger, string kind, string key);

    [LoggerMessage(EventId = 1815, EventName = "SentNotRecorded", Level = LogLevel.Error,
        Message = "Teams accepted {Kind} message {Key} but its outbox row could not be marked Sent; it stays Sending")]
    private static partial void LogSentNotRecorded(ILogger logger, string kind, string key, Exception exception);

    [LoggerMessage(EventId = 1802, EventName = "RecipientBlocked", Level = LogLevel.Information,
        Message = "The recipient of {Kind} message {Key} blocked the bot; not sending to them again")]
    private static partial void LogBlocked(ILogger logger, string kind, string key);

    [LoggerMessage(EventId = 1803, EventName = "MessageRetry", Level = LogLevel.Warning,
        Message = "Sending {Kind} message {Key} failed on attempt {Attempts}; it will be tried again")]
    private static partial void LogRetry(ILogger logger, string kind, string key, int attempts, Exception exception);

    [LoggerMessage(EventId = 1804, EventName = "MessageDeadLettered", Level = LogLevel.Error,
        Message = "{Kind} message {Key} failed {Attempts} times and was moved to the dead-letter table")]
    private static partial void LogDeadLettered(ILogger logger, string kind, string key, int attempts);
}
