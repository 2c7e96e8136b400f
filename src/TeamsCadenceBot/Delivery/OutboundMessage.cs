using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// A message the bot sends on its own initiative. <see cref="Key"/> is its idempotency key: the same
/// key queued twice, or redelivered by the queue, is sent once.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="Key">Unique in the tenant, derived from what the message is for.</param>
/// <param name="Kind">What it is, for logs and metrics, such as <c>commitment.due</c>.</param>
/// <param name="Target">Where it goes.</param>
/// <param name="Activity">The message itself.</param>
internal sealed record OutboundMessage(string TenantId, string Key, string Kind, DeliveryTarget Target, Activity Activity)
{
    /// <summary>When set, the message replaces this earlier activity instead of being sent anew.</summary>
    public string? ReplacesActivityId { get; init; }
}
