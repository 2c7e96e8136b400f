using System.Text.Json;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Where features put messages to send: the message is stored in the outbox, then a pointer to it is
/// queued for the sender. Queuing the same key again is harmless: the sender sends each key once.
/// </summary>
internal sealed class OutboundQueue(OutboxStore outbox, CadenceQueues queues)
{
    public const string QueueName = "outbound";

    public async Task EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var added = await outbox.TryAddAsync(message, cancellationToken);
        if (!added
            && await outbox.GetAsync(message.TenantId, message.Key, cancellationToken)
                is { State: not OutboxState.Pending })
        {
            return;
        }

        // Still pending (new, or an earlier attempt stopped before queuing): queue the pointer.
        var queue = await queues.GetAsync(QueueName, cancellationToken);
        var pointer = JsonSerializer.Serialize(new OutboundPointer(message.TenantId, message.Key));
        await queue.SendMessageAsync(pointer, cancellationToken);
    }
}
