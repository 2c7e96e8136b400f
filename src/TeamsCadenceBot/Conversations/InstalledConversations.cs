using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// The teams and group chats where the bot is installed, for the team setup card: a team is listed by
/// its team id, whose members are the whole team.
/// </summary>
internal sealed class InstalledConversations(IConversationStore store) : IInstalledConversations
{
    public async Task<IReadOnlyList<InstalledConversation>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var installed = await store.ListInstalledTeamsAndChatsAsync(tenantId, cancellationToken);
        return [.. installed.Select(r => new InstalledConversation(
            r.Scope == ConversationScope.Team ? r.Address with { ConversationId = r.TeamId ?? r.ConversationId } : r.Address,
            r.Scope,
            r.Scope == ConversationScope.Team ? r.TeamName ?? r.ChannelName : r.ConversationName))];
    }
}
