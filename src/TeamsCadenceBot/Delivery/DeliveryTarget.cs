namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Where an outbound message goes: a person's personal chat (found or created when sent), or a stored
/// conversation: a group chat or meeting chat gets a message, a channel gets a new thread.
/// </summary>
internal sealed record DeliveryTarget
{
    /// <summary>The person (Entra object id) whose personal chat the message goes to.</summary>
    public string? PersonId { get; init; }

    /// <summary>A stored conversation's id (a chat, or a channel for a new thread).</summary>
    public string? ConversationId { get; init; }

    public static DeliveryTarget Person(string personId) => new() { PersonId = personId };

    public static DeliveryTarget Conversation(string conversationId) => new() { ConversationId = conversationId };
}
