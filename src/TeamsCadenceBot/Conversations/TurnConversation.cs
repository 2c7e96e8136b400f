using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Conversations;

/// <summary>Reads the conversation reference and the people a turn tells about.</summary>
internal static class TurnConversation
{
    private const string ThreadMarker = ";messageid=";

    /// <summary>The conversation the turn came from; for a channel, the channel rather than the thread.</summary>
    public static ConversationReference Reference(Turn turn)
    {
        var activity = turn.Activity;
        var channelData = activity.ChannelData;
        var scope = turn.Scope;
        var conversationId = WithoutThread(turn.Address.ConversationId);
        var personalUser = scope == ConversationScope.Personal ? turn.From : null;
        var botId = activity.Recipient?.Id;
        return new ConversationReference(turn.TenantId, conversationId, scope, turn.Address.ServiceUrl, botId)
        {
            TeamId = channelData?.Team?.Id,
            TeamName = channelData?.Team?.Name,
            TeamAadGroupId = channelData?.Team?.AadGroupId,
            ChannelId = scope == ConversationScope.Team ? channelData?.Channel?.Id ?? conversationId : null,
            ChannelName = scope == ConversationScope.Team ? channelData?.Channel?.Name : null,
            MeetingId = channelData?.Meeting?.Id,
            ConversationName = scope == ConversationScope.GroupChat ? activity.Conversation?.Name : null,
            UserId = personalUser?.Id,
            UserAadObjectId = personalUser?.AadObjectId,
        };
    }

    /// <summary>
    /// What an install or uninstall is about: in a team, the team as a whole (its General channel, whose id
    /// is the team id), whichever channel the activity names; elsewhere the conversation itself.
    /// </summary>
    public static ConversationReference InstallationTarget(Turn turn)
    {
        var reference = Reference(turn);
        return reference is { Scope: ConversationScope.Team, TeamId: { } teamId } && reference.ConversationId != teamId
            ? reference with { ConversationId = teamId, ChannelId = teamId, ChannelName = null }
            : reference;
    }

    /// <summary>The sender and anyone the activity says joined, without the bot.</summary>
    public static IReadOnlyList<ConversationMember> People(Turn turn) =>
        [.. new[] { turn.From }.Concat(turn.Activity.MembersAdded ?? [])
            .Where(account => IsPerson(turn, account))
            .DistinctBy(account => account.Id, StringComparer.Ordinal)
            .Select(account => new ConversationMember(account.Id, account.AadObjectId, account.Name))];

    /// <summary>People the activity says left, without the bot.</summary>
    public static IReadOnlyList<string> PeopleRemoved(Turn turn) =>
        [.. (turn.Activity.MembersRemoved ?? [])
            .Where(account => IsPerson(turn, account))
            .Select(account => account.Id)];

    /// <summary>A conversation id without the <c>;messageid=</c> that names a channel thread.</summary>
    public static string WithoutThread(string conversationId)
    {
        var marker = conversationId.IndexOf(ThreadMarker, StringComparison.Ordinal);
        return marker < 0 ? conversationId : conversationId[..marker];
    }

    // Bots are "28:..." in Teams; the recipient of an inbound activity is this bot.
    private static bool IsPerson(Turn turn, ChannelAccount account) =>
        account.Id != turn.Activity.Recipient?.Id
        && account.Role != "bot"
        && !account.Id.StartsWith("28:", StringComparison.Ordinal);
}
