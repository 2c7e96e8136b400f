namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Where an outbound message goes: a person's personal chat (found or created when sent), an existing
/// conversation (a group chat, a meeting chat, a channel thread), or a new thread in a channel.
/// </summary>
internal sealed record DeliveryTarget
{
    /// <summary>The person (Entra object id) whose personal chat the message goes to.</summary>
    public string? PersonId { get; init; }

    /// <summary>An existing conversation's id.</summary>
    public string? ConversationId { get; init; }

    /// <summary>A channel in which to start a new thread.</summary>
    public string? ChannelId { get; init; }

    public static DeliveryTarget Person(string personId) => new() { PersonId = personId };

    public static DeliveryTarget Conversation(string conversationId) => new() { ConversationId = conversationId };

    public static DeliveryTarget NewChannelThread(string channelId) => new() { ChannelId = channelId };

    /// <summary>The key Teams' per-conversation limits apply to.</summary>
    public string RateKey => ConversationId ?? ChannelId ?? "person:" + PersonId;
}
