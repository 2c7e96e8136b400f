namespace TeamsCadenceBot.Delivery;

/// <summary>Where an outbound message stands.</summary>
internal enum OutboxState
{
    /// <summary>Queued, not sent yet.</summary>
    Pending,

    /// <summary>A sender claimed it and is sending it now.</summary>
    Sending,

    /// <summary>Delivered.</summary>
    Sent,

    /// <summary>Not delivered: the person blocked or removed the bot.</summary>
    Blocked,

    /// <summary>Not delivered: the bot cannot reach that conversation.</summary>
    Unreachable,

    /// <summary>Not delivered after every attempt; kept in the dead-letter table.</summary>
    DeadLettered,
}
