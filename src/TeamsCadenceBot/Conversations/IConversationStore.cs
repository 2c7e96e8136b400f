namespace TeamsCadenceBot.Conversations;

/// <summary>
/// The conversations the bot is in and the people seen in them, kept so that features can write first
/// (prep prompts, reminders, forecast calls) without waiting for someone to speak.
/// </summary>
public interface IConversationStore
{
    /// <summary>
    /// Records a conversation the bot heard from and the <paramref name="members"/> seen in it. A new one is
    /// stored as installed; a known one gets the latest service URL and names but keeps its installed state,
    /// which only <see cref="MarkInstalledAsync"/> and <see cref="MarkUninstalledAsync"/> change.
    /// </summary>
    Task RememberAsync(
        ConversationReference reference,
        IReadOnlyCollection<ConversationMember> members,
        CancellationToken cancellationToken);

    /// <summary>
    /// Records the conversation as installed (for a team: each of its known channels). Returns true only for
    /// the call that moved it from unknown or uninstalled to installed, so one install welcomes once even when
    /// Teams reports it twice.
    /// </summary>
    Task<bool> MarkInstalledAsync(
        ConversationReference reference,
        IReadOnlyCollection<ConversationMember> members,
        CancellationToken cancellationToken);

    /// <summary>
    /// Records that the bot was removed (for a team id or channel: the whole team). The reference is kept for
    /// audit. Returns true when it was installed before; false when unknown or already uninstalled.
    /// </summary>
    Task<bool> MarkUninstalledAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Forgets that a person is a member of a conversation.</summary>
    Task RemoveMemberAsync(
        string tenantId,
        string conversationId,
        string teamsUserId,
        CancellationToken cancellationToken);

    /// <summary>The conversation, installed or not; null when unknown.</summary>
    Task<ConversationReference?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>The people seen in the conversation, ordered by Teams user id.</summary>
    Task<IReadOnlyList<ConversationMember>> GetMembersAsync(
        string tenantId,
        string conversationId,
        CancellationToken cancellationToken);

    /// <summary>The person's personal chat with the bot, installed or not; null when none is known.</summary>
    Task<ConversationReference?> FindPersonalAsync(
        string tenantId,
        string teamsUserId,
        CancellationToken cancellationToken);

    /// <summary>The personal chat of the person with this Entra ID object id; null when none is known.</summary>
    Task<ConversationReference?> FindPersonalByAadObjectIdAsync(
        string tenantId,
        string aadObjectId,
        CancellationToken cancellationToken);

    /// <summary>The Teams user id of the person with this Entra ID object id, if they were ever seen.</summary>
    Task<string?> FindTeamsUserIdAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// The group chats and teams where the bot is installed, one reference per team (its General channel when
    /// known), for example to pick a manager's reps from their members.
    /// </summary>
    Task<IReadOnlyList<ConversationReference>> ListInstalledTeamsAndChatsAsync(
        string tenantId,
        CancellationToken cancellationToken);

    /// <summary>The service URL Teams last used in the tenant, to create conversations; null if never seen.</summary>
    Task<string?> GetServiceUrlAsync(string tenantId, CancellationToken cancellationToken);
}
