using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// Sends a message that no inbound activity asked for: a prep prompt, a reminder, a forecast call. Build the
/// message with <see cref="ProactiveMessage"/>. A person who blocked the bot or a conversation it left is an
/// outcome, not an exception; other connector failures throw.
/// </summary>
public interface IProactiveMessenger
{
    /// <summary>
    /// Sends to the person's personal chat, creating it (the app must be installed for them) when none is
    /// stored yet.
    /// </summary>
    Task<DeliveryResult> SendToPersonAsync(
        string tenantId,
        string teamsUserId,
        Activity message,
        CancellationToken cancellationToken);

    /// <summary>As <see cref="SendToPersonAsync"/>, for a person known by Entra ID object id (from Graph).</summary>
    Task<DeliveryResult> SendToPersonByAadObjectIdAsync(
        string tenantId,
        string aadObjectId,
        Activity message,
        CancellationToken cancellationToken);

    /// <summary>
    /// Sends to a stored conversation: a new thread in a channel (a team id means its General channel), a
    /// message in a group chat or personal chat.
    /// </summary>
    Task<DeliveryResult> SendToConversationAsync(
        string tenantId,
        string conversationId,
        Activity message,
        CancellationToken cancellationToken);
}
