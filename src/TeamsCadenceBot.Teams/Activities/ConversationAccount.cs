namespace TeamsCadenceBot.Teams.Activities;

/// <summary>The conversation an activity belongs to.</summary>
/// <param name="Id">The conversation id; a channel thread id carries <c>;messageid=</c>.</param>
/// <param name="ConversationType"><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</param>
/// <param name="TenantId">The tenant the conversation lives in.</param>
/// <param name="IsGroup">True for group chats and channels.</param>
/// <param name="Name">The conversation's name, where it has one.</param>
public sealed record ConversationAccount(
    string Id,
    string? ConversationType = null,
    string? TenantId = null,
    bool? IsGroup = null,
    string? Name = null);
