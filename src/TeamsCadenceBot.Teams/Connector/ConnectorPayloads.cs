using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>The connector's answer to a send, reply or update.</summary>
internal sealed record ResourceResponse(string? Id);

/// <summary>The connector's answer to creating a conversation.</summary>
internal sealed record ConversationResourceResponse(string? Id, string? ActivityId);

/// <summary>The body of <c>POST /v3/conversations</c>.</summary>
internal sealed record ConversationParameters(
    bool IsGroup,
    ChannelAccount? Bot,
    IReadOnlyList<ChannelAccount>? Members,
    string TenantId,
    TeamsChannelData ChannelData,
    Activity? Activity);

/// <summary>A member as the connector sends it; Teams names the object id either way.</summary>
internal sealed record MemberPayload(
    string? Id,
    string? Name,
    string? ObjectId,
    string? AadObjectId,
    string? Email,
    string? UserPrincipalName);

/// <summary>A page of members as the connector sends it.</summary>
internal sealed record PagedMembersPayload(IReadOnlyList<MemberPayload>? Members, string? ContinuationToken);
