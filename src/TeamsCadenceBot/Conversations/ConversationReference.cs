using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// Everything needed to reach a conversation later, without an inbound activity: what Teams told the bot
/// when it was installed there or last heard from it. The members are kept apart
/// (<see cref="IConversationStore.GetMembersAsync"/>) because a team's list can outgrow one table entity.
/// </summary>
/// <param name="TenantId">The tenant the conversation lives in.</param>
/// <param name="ConversationId">
/// The conversation id; for a channel the channel's own id, never a thread's <c>;messageid=</c> form.
/// </param>
/// <param name="Scope">Personal chat, group chat or team channel.</param>
/// <param name="ServiceUrl">The connector that serves it; the latest one Teams sent.</param>
/// <param name="BotId">The bot's id in the conversation (<c>28:...</c>), when known.</param>
public sealed record ConversationReference(
    string TenantId,
    string ConversationId,
    ConversationScope Scope,
    string ServiceUrl,
    string? BotId)
{
    /// <summary>The team (its General channel's id), for team channels.</summary>
    public string? TeamId { get; init; }

    /// <summary>The team's name, when Teams sent it.</summary>
    public string? TeamName { get; init; }

    /// <summary>The team's Microsoft 365 group id, when Teams sent it.</summary>
    public string? TeamAadGroupId { get; init; }

    /// <summary>The channel, for team channels; the team id for General.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The channel's name; Teams sends none for General.</summary>
    public string? ChannelName { get; init; }

    /// <summary>The online meeting, for a meeting's chat.</summary>
    public string? MeetingId { get; init; }

    /// <summary>The group chat's name, when it has one.</summary>
    public string? ConversationName { get; init; }

    /// <summary>For a personal chat: the person's Teams user id (<c>29:...</c>).</summary>
    public string? UserId { get; init; }

    /// <summary>For a personal chat: the person's Entra ID object id.</summary>
    public string? UserAadObjectId { get; init; }

    /// <summary>False once the bot was removed, blocked or its team deleted: nothing is sent there any more.</summary>
    public bool Installed { get; init; } = true;

    /// <summary>When the bot was last installed, if that was seen.</summary>
    public DateTimeOffset? InstalledAt { get; init; }

    /// <summary>When the bot was last removed.</summary>
    public DateTimeOffset? UninstalledAt { get; init; }

    /// <summary>Where the connector sends to this conversation.</summary>
    public ConversationAddress Address => new(ServiceUrl, ConversationId, TenantId);
}
