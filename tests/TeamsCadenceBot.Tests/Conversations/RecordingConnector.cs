using System.Collections.Concurrent;
using System.Globalization;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Tests.Conversations;

// A connector that records what the bot posts and answers like Teams: a personal chat id per person, a thread id
// per new channel post, 403 for blocked people and 404 for people without the app.
public sealed class RecordingConnector : IConnectorClient
{
    private int _activities;

    public ConcurrentQueue<SentMessage> Sent { get; } = new();

    public ConcurrentQueue<string> CreatedPersonalChats { get; } = new();

    // Conversations whose sends answer 403 MessageWritesBlocked.
    public HashSet<string> BlockedConversations { get; } = new(StringComparer.Ordinal);

    // People for whom creating a personal chat answers 403 MessageWritesBlocked.
    public HashSet<string> BlockedUsers { get; } = new(StringComparer.Ordinal);

    // People for whom creating a personal chat answers 404: the app is not installed for them.
    public HashSet<string> UsersWithoutApp { get; } = new(StringComparer.Ordinal);

    // How many of the next posts fail for good, as after exhausted retries.
    public int FailingPosts { get; set; }

    public static string PersonalChatIdOf(string userId) => "a:1" + userId["29:1".Length..];

    public Task<ConnectorResult<string>> SendAsync(
        ConversationAddress address,
        Activity activity,
        CancellationToken cancellationToken) =>
        Task.FromResult(Post(SentMessage.Send, address, activity));

    public Task<ConnectorResult<string>> ReplyAsync(
        ConversationAddress address,
        string replyToId,
        Activity activity,
        CancellationToken cancellationToken) =>
        Task.FromResult(Post(SentMessage.Reply, address, activity));

    public Task<ConnectorResult<string>> CreatePersonalConversationAsync(
        string serviceUrl,
        string tenantId,
        string userId,
        CancellationToken cancellationToken)
    {
        if (BlockedUsers.Contains(userId))
        {
            return Task.FromResult(new ConnectorResult<string>(ConnectorOutcome.RecipientBlocked, null));
        }

        if (UsersWithoutApp.Contains(userId))
        {
            return Task.FromResult(new ConnectorResult<string>(ConnectorOutcome.NotFound, null));
        }

        CreatedPersonalChats.Enqueue(userId);
        return Task.FromResult(new ConnectorResult<string>(ConnectorOutcome.Succeeded, PersonalChatIdOf(userId)));
    }

    public Task<ConnectorResult<ChannelThread>> CreateChannelThreadAsync(
        string serviceUrl,
        string tenantId,
        string channelId,
        Activity activity,
        CancellationToken cancellationToken)
    {
        var posted = Post(SentMessage.Thread, new ConversationAddress(serviceUrl, channelId, tenantId), activity);
        return Task.FromResult(posted.Succeeded
            ? new ConnectorResult<ChannelThread>(
                ConnectorOutcome.Succeeded,
                new ChannelThread($"{channelId};messageid={posted.Value}", posted.Value!))
            : new ConnectorResult<ChannelThread>(posted.Outcome, null));
    }

    public Task<ConnectorResult<string>> UpdateAsync(
        ConversationAddress address,
        string activityId,
        Activity activity,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException("The conversation tests never update a message.");

    public Task<ConnectorResult<bool>> DeleteAsync(
        ConversationAddress address,
        string activityId,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException("The conversation tests never delete a message.");

    public Task<ConnectorResult<TeamsMember>> GetMemberAsync(
        ConversationAddress address,
        string userId,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException("The conversation tests never look a member up.");

    public Task<ConnectorResult<MembersPage>> GetMembersPageAsync(
        ConversationAddress address,
        string? continuationToken,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException("The conversation tests never list members.");

    private ConnectorResult<string> Post(string kind, ConversationAddress address, Activity activity)
    {
        if (FailingPosts > 0)
        {
            FailingPosts--;
            throw new ConnectorException("The connector kept answering 503.", 503, null);
        }

        if (BlockedConversations.Contains(address.ConversationId))
        {
            return new ConnectorResult<string>(ConnectorOutcome.RecipientBlocked, null);
        }

        Sent.Enqueue(new SentMessage(kind, address.ServiceUrl, address.TenantId, address.ConversationId, activity));
        var id = (1733217300000 + Interlocked.Increment(ref _activities)).ToString(CultureInfo.InvariantCulture);
        return new ConnectorResult<string>(ConnectorOutcome.Succeeded, id);
    }
}
