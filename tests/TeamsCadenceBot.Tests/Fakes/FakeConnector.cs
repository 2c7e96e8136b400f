using System.Collections.Concurrent;
using System.Globalization;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Tests.Fakes;

/// <summary>
/// Records what the bot posts and answers like Teams: a personal chat id per person, a thread id per new channel
/// post, 403 for blocked people or conversations, 404 for people without the app, members in pages.
/// </summary>
public sealed class FakeConnector : IConnectorClient
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<TeamsMember>> _members = new();
    private int _nextId;
    private int _memberPageCalls;

    /// <summary>Every call, including those that failed: send, reply, thread, update, delete, create.</summary>
    public ConcurrentQueue<(string Operation, ConversationAddress? Address, Activity? Activity)> Calls { get; } = new();

    /// <summary>Every send, reply, update and channel thread that succeeded, in order.</summary>
    public ConcurrentQueue<SentMessage> Delivered { get; } = new();

    /// <summary>Decides the outcome of each send, reply or update; null means success.</summary>
    public Func<ConversationAddress, Activity, ConnectorOutcome?>? OnSend { get; set; }

    /// <summary>The sends, replies and channel threads that succeeded (updates left out).</summary>
    public IEnumerable<SentMessage> Posted => Delivered.Where(c => c.Kind != SentMessage.Update);

    /// <summary>The activities of <see cref="Posted"/>.</summary>
    public IEnumerable<Activity> Sent => Posted.Select(c => c.Activity);

    public ConcurrentQueue<string> CreatedPersonalChats { get; } = new();

    public ConcurrentQueue<string> Deleted { get; } = new();

    /// <summary>Conversations whose posts answer 403 MessageWritesBlocked.</summary>
    public HashSet<string> BlockedConversations { get; } = new(StringComparer.Ordinal);

    /// <summary>People for whom creating a personal chat answers 403 MessageWritesBlocked.</summary>
    public HashSet<string> BlockedUsers { get; } = new(StringComparer.Ordinal);

    /// <summary>People for whom creating a personal chat answers 404: the app is not installed for them.</summary>
    public HashSet<string> UsersWithoutApp { get; } = new(StringComparer.Ordinal);

    /// <summary>How many of the next posts fail for good, as after exhausted retries.</summary>
    public int FailingPosts { get; set; }

    /// <summary>Members per conversation when <see cref="SetMembers"/> gave none; an unknown conversation has none.</summary>
    public Func<ConversationAddress, IReadOnlyList<TeamsMember>> Members { get; set; } = _ => [];

    /// <summary>How many members a page holds.</summary>
    public int PageSize { get; set; } = int.MaxValue;

    public int MemberPageCalls => _memberPageCalls;

    public static string PersonalChatIdOf(string userId) => "a:" + userId;

    /// <summary>Sets a conversation's members; listing an unset conversation this way answers 404.</summary>
    public void SetMembers(string conversationId, params TeamsMember[] members) => _members[conversationId] = members;

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

    public Task<ConnectorResult<string>> UpdateAsync(
        ConversationAddress address,
        string activityId,
        Activity activity,
        CancellationToken cancellationToken) =>
        Task.FromResult(Post(SentMessage.Update, address, activity));

    public Task<ConnectorResult<bool>> DeleteAsync(
        ConversationAddress address,
        string activityId,
        CancellationToken cancellationToken)
    {
        Calls.Enqueue(("delete", address, null));
        Deleted.Enqueue(activityId);
        return Task.FromResult(new ConnectorResult<bool>(ConnectorOutcome.Succeeded, true));
    }

    public Task<ConnectorResult<string>> CreatePersonalConversationAsync(
        string serviceUrl,
        string tenantId,
        string userId,
        CancellationToken cancellationToken)
    {
        Calls.Enqueue(("create", new ConversationAddress(serviceUrl, PersonalChatIdOf(userId), tenantId), null));
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

    public Task<ConnectorResult<TeamsMember>> GetMemberAsync(
        ConversationAddress address,
        string userId,
        CancellationToken cancellationToken)
    {
        var member = MembersOf(address)?.FirstOrDefault(m => m.Id == userId);
        return Task.FromResult(new ConnectorResult<TeamsMember>(
            member is null ? ConnectorOutcome.NotFound : ConnectorOutcome.Succeeded,
            member));
    }

    public Task<ConnectorResult<MembersPage>> GetMembersPageAsync(
        ConversationAddress address,
        string? continuationToken,
        CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _memberPageCalls);
        if (MembersOf(address) is not { } all)
        {
            return Task.FromResult(new ConnectorResult<MembersPage>(ConnectorOutcome.NotFound, null));
        }

        var start = continuationToken is null ? 0 : int.Parse(continuationToken, CultureInfo.InvariantCulture);
        var page = all.Skip(start).Take(PageSize).ToList();
        var next = all.Count - start > PageSize ? (start + PageSize).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new ConnectorResult<MembersPage>(ConnectorOutcome.Succeeded, new MembersPage(page, next)));
    }

    private IReadOnlyList<TeamsMember>? MembersOf(ConversationAddress address) =>
        _members.TryGetValue(address.ConversationId, out var set) ? set
            : _members.IsEmpty ? Members(address)
            : null;

    private ConnectorResult<string> Post(string kind, ConversationAddress address, Activity activity)
    {
        Calls.Enqueue((kind, address, activity));
        if (FailingPosts > 0)
        {
            FailingPosts--;
            throw new ConnectorException("The connector kept answering 503.", 503, null);
        }

        var outcome = BlockedConversations.Contains(address.ConversationId)
            ? ConnectorOutcome.RecipientBlocked
            : OnSend?.Invoke(address, activity) ?? ConnectorOutcome.Succeeded;
        if (outcome != ConnectorOutcome.Succeeded)
        {
            return new ConnectorResult<string>(outcome, null);
        }

        Delivered.Enqueue(new SentMessage(kind, address.ServiceUrl, address.TenantId, address.ConversationId, activity));
        var id = (1733217300000 + Interlocked.Increment(ref _nextId)).ToString(CultureInfo.InvariantCulture);
        return new ConnectorResult<string>(ConnectorOutcome.Succeeded, id);
    }
}
