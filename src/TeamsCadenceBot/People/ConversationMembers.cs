using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.People;

/// <summary>Reads every member of a conversation through the connector's paged members.</summary>
internal static class ConversationMembers
{
    // A safety stop should the connector ever hand back a token that leads in a circle.
    private const int MaxPages = 200;

    /// <summary>All members, or null when the conversation is gone or the bot can no longer read it.</summary>
    public static async Task<IReadOnlyList<TeamsMember>?> ListAllAsync(
        IConnectorClient connector,
        ConversationAddress address,
        CancellationToken cancellationToken)
    {
        var members = new List<TeamsMember>();
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await connector.GetMembersPageAsync(address, token, cancellationToken);
            if (!result.Succeeded || result.Value is null)
            {
                return null;
            }

            members.AddRange(result.Value.Members);
            token = result.Value.ContinuationToken;
            if (string.IsNullOrEmpty(token) || !seenTokens.Add(token))
            {
                break;
            }
        }

        return members;
    }
}
