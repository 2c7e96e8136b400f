namespace TeamsCadenceBot.Delivery;

/// <summary>What the sender tells the rest of the bot about people it cannot reach.</summary>
internal interface IRecipientStatus
{
    /// <summary>True when the person blocked or removed the bot and has not reinstalled it since.</summary>
    Task<bool> IsUnreachableAsync(string tenantId, string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Records that Teams refused to deliver to the person (403 MessageWritesBlocked) and tells their
    /// manager, once per episode. <paramref name="cause"/> is the key of the outbound message that was refused.
    /// </summary>
    Task MarkUnreachableAsync(string tenantId, string personId, string cause, CancellationToken cancellationToken);
}
