namespace TeamsCadenceBot.Conversations;

/// <summary>A person seen in a conversation.</summary>
/// <param name="TeamsUserId">The Teams user id (<c>29:...</c>).</param>
/// <param name="AadObjectId">The Entra ID object id, when Teams sent it.</param>
/// <param name="Name">The display name, when Teams sent it.</param>
public sealed record ConversationMember(string TeamsUserId, string? AadObjectId, string? Name);
