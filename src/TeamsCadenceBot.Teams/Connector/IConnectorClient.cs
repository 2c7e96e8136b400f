using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST API for Teams. Throttling (429) and transient failures (412, 5xx) are
/// retried inside; a person who blocked or removed the bot is an outcome, not an exception.
/// Other failures throw <see cref="ConnectorException"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary>Sends a new activity to a conversation.</summary>
    Task<ConnectorResult<string>> SendAsync(
        ConversationAddress address,
        Activity activity,
        CancellationToken cancellationToken);

    /// <summary>Replies to an activity in a conversation (a channel thread reply).</summary>
    Task<ConnectorResult<string>> ReplyAsync(
        ConversationAddress address,
        string replyToId,
        Activity activity,
        CancellationToken cancellationToken);

    /// <summary>Replaces an activity the bot sent, such as a card that changed.</summary>
    Task<ConnectorResult<string>> UpdateAsync(
        ConversationAddress address,
        string activityId,
        Activity activity,
        CancellationToken cancellationToken);

    /// <summary>Deletes an activity the bot sent.</summary>
    Task<ConnectorResult<bool>> DeleteAsync(
        ConversationAddress address,
        string activityId,
        CancellationToken cancellationToken);

    /// <summary>Creates (or finds) the bot's personal chat with a person; returns its conversation id.</summary>
    Task<ConnectorResult<string>> CreatePersonalConversationAsync(
        string serviceUrl,
        string tenantId,
        string userId,
        CancellationToken cancellationToken);

    /// <summary>Starts a new thread in a channel with <paramref name="activity"/> as its first post.</summary>
    Task<ConnectorResult<ChannelThread>> CreateChannelThreadAsync(
        string serviceUrl,
        string tenantId,
        string channelId,
        Activity activity,
        CancellationToken cancellationToken);

    /// <summary>Gets one member of a conversation, with their Entra ID object id and email.</summary>
    Task<ConnectorResult<TeamsMember>> GetMemberAsync(
        ConversationAddress address,
        string userId,
        CancellationToken cancellationToken);

    /// <summary>Gets one page of a conversation's members; pass the returned token for the next page.</summary>
    Task<ConnectorResult<MembersPage>> GetMembersPageAsync(
        ConversationAddress address,
        string? continuationToken,
        CancellationToken cancellationToken);
}
