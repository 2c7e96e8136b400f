using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Conversations;

/// <summary>What became of a proactive message.</summary>
public enum DeliveryStatus
{
    /// <summary>Teams accepted the message.</summary>
    Delivered,

    /// <summary>The person blocked or removed the bot; nothing more is sent there until they reinstall it.</summary>
    RecipientBlocked,

    /// <summary>The bot is not installed there: removed, never installed for the person, or its team deleted.</summary>
    NotInstalled,

    /// <summary>No conversation is known, and none could be created: the tenant or person was never seen.</summary>
    NoConversation,
}

/// <summary>The outcome of a proactive send.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Address">
/// Where the message went when delivered; for a new channel thread, the thread's conversation, so that the
/// message can be updated or replied to.
/// </param>
/// <param name="ActivityId">The id of the message Teams created, when delivered.</param>
public sealed record DeliveryResult(
    DeliveryStatus Status,
    ConversationAddress? Address = null,
    string? ActivityId = null)
{
    /// <summary>True when Teams accepted the message.</summary>
    public bool Delivered => Status == DeliveryStatus.Delivered;
}
