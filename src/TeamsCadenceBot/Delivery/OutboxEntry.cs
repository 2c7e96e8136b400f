using Azure;

namespace TeamsCadenceBot.Delivery;

/// <summary>A stored outbound message with its delivery state; the ETag guards every change.</summary>
internal sealed record OutboxEntry(OutboundMessage Message, OutboxState State, int Attempts, DateTimeOffset? LeaseUntil, ETag ETag)
{
    public string? SentActivityId { get; init; }
}
