using System.Collections.Concurrent;
using System.Globalization;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Tests.People;

/// <summary>Records what the bot sends and serves conversation members in pages of a given size.</summary>
public sealed class FakeConnectorClient : IConnectorClient
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<TeamsMember>> _members = new();

    public ConcurrentQueue<Activity> Sent { get; } = new();

    public int PageSize { get; set; } = 2;

    public int MemberPageCalls { get; private set; }

    public void SetMembers(string conversationId, params TeamsMember[] members) => _members[conversationId] = members;

    public Task<ConnectorResult<string>> SendAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue(activity);
        return Task.FromResult(new ConnectorResult<string>(ConnectorOutcome.Succeeded, "sent-" + Sent.Count));
    }

    public Task<ConnectorResult<string>> ReplyAsync(
        ConversationAddress address,
        string replyToId,
        Activity activity,
        CancellationToken cancellationToken) => SendAsync(address, activity, cancellationToken);

    public Task<ConnectorResult<MembersPage>> GetMembersPageAsync(
        ConversationAddress address,
        string? continuationToken,
        CancellationToken cancellationToken)
    {
        MemberPageCalls++;
        if (!_members.TryGetValue(address.ConversationId, out var all))
        {
            return Task.FromResult(new ConnectorResult<MembersPage>(ConnectorOutcome.NotFound, null));
        }

        var start = continuationToken is null ? 0 : int.Parse(continuationToken[5..], CultureInfo.InvariantCulture);
        var page = all.Skip(start).Take(PageSize).ToList();
        var next = start + PageSize < all.Count ? "page-" + (start + PageSize).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new ConnectorResult<MembersPage>(ConnectorOutcome.Succeeded, new MembersPage(page, next)));
    }

    public Task<ConnectorResult<string>> UpdateAsync(
        ConversationAddress address,
        string activityId,
        Activity activity,
        CancellationToken cancellationToken) => throw new NotSupportedException("People never updates a sent activity.");

    public Task<ConnectorResult<bool>> DeleteAsync(
        ConversationAddress address,
        string activityId,
        CancellationToken cancellationToken) => throw new NotSupportedException("People never deletes an activity.");

    public Task<ConnectorResult<string>> CreatePersonalConversationAsync(
        string serviceUrl,
        string tenantId,
        string userId,
        CancellationToken cancellationToken) => throw new NotSupportedException("People sends nothing proactively.");

    public Task<ConnectorResult<ChannelThread>> CreateChannelThreadAsync(
        string serviceUrl,
        string tenantId,
        string channelId,
        Activity activity,
        CancellationToken cancellationToken) => throw new NotSupportedException("People posts in no channel.");

    public Task<ConnectorResult<TeamsMember>> GetMemberAsync(
        ConversationAddress address,
        string userId,
        CancellationToken cancellationToken) => throw new NotSupportedException("People lists members by page.");
}
