namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// Where one copy of a 1:1 card goes: a person's personal chat, the meeting's chat, or a stand-in (the local
/// demo's Playground user) who sees the copy meant for someone else. The key names it in idempotency keys.
/// </summary>
/// <param name="PersonId">The person whose chat gets it, or null for a meeting chat.</param>
/// <param name="ConversationId">The meeting chat, when posted there.</param>
/// <param name="ForPersonId">For a stand-in's copy: whom the copy is meant for.</param>
internal sealed record AgendaTarget(string? PersonId, string? ConversationId, string? ForPersonId = null)
{
    public static AgendaTarget Person(string personId) => new(personId, null);

    public static AgendaTarget Chat(string conversationId) => new(null, conversationId);

    public static AgendaTarget StandIn(string holderId, string forPersonId) => new(holderId, null, forPersonId);

    /// <summary>The person whose seat and zone the copy is drawn for; null for a meeting chat.</summary>
    public string? ViewerId => ForPersonId ?? PersonId;

    public string Key => ConversationId is { } chat
        ? "chat:" + chat
        : ForPersonId is { } forId ? $"as:{PersonId}:{forId}" : "person:" + PersonId;

    public static AgendaTarget? Parse(string key)
    {
        if (key.StartsWith("chat:", StringComparison.Ordinal))
        {
            return Chat(key["chat:".Length..]);
        }

        if (key.StartsWith("person:", StringComparison.Ordinal))
        {
            return Person(key["person:".Length..]);
        }

        var parts = key.Split(':');
        return parts is ["as", var holder, var forId] ? StandIn(holder, forId) : null;
    }
}
