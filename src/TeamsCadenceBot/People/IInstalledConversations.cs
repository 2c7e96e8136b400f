using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.People;

/// <summary>The teams and group chats of a tenant where the bot is installed, from which managers pick reps.</summary>
public interface IInstalledConversations
{
    /// <summary>The tenant's team and group chat installations (personal chats may be included; they are skipped).</summary>
    Task<IReadOnlyList<InstalledConversation>> ListAsync(string tenantId, CancellationToken cancellationToken);
}

/// <summary>A team or group chat where the bot is installed.</summary>
/// <param name="Address">
/// Where its members are listed: for a team, the team's id (whose paged members are the team's members);
/// for a group chat, the chat's id.
/// </param>
/// <param name="Scope">A team or a group chat.</param>
/// <param name="Name">The team's or chat's name, when it has one.</param>
public sealed record InstalledConversation(ConversationAddress Address, ConversationScope Scope, string? Name);
