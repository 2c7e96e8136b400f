using System.Collections.Concurrent;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Tests.Fakes;

/// <summary>Records what the bot sends; answers with success unless told otherwise per call.</summary>
internal sealed class FakeConnector : IConnectorClient
{
    private int _nextId;

    public ConcurrentQueue<(string Operation, ConversationAddress? Address, Activity? Activity)> Calls { get; } = new();

    /// <summary>Decides the outcome of each send; null means success.</summary>
    public Func<ConversationAddress, Activity, ConnectorOutcome?>? OnSend { get; set; }

    public IEnumerable<Activity> Sent => Calls.Where(c => c.Operation is "send" or "reply" or "thread").Select(c => c.Activity!);

    public Task<ConnectorResult<string>> SendAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Record("send", address, activity));

    public Task<ConnectorResult<string>> ReplyAsync(ConversationAddress address, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Record("reply", address, activity));

    public Task<ConnectorResult<string>> UpdateAsync(ConversationAddress address, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Record("update", address, activity));

    public Task<ConnectorResult<bool>> DeleteAsync(ConversationAddress address, string activityId, CancellationToken cancellationToken)
    {
        Calls.Enqueue(("delete", address, null));
        return Task.FromResult(new ConnectorResult<bool>(ConnectorOutcome.Succeeded, true));
    }

    public Task<ConnectorResult<string>> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken cancellationToken)
    {
        Calls.Enqueue(("create", new ConversationAddress(serviceUrl, "a:" + userId, tenantId), null));
        return Task.FromResult(new ConnectorResult<string>(ConnectorOutcome.Succeeded, "a:" + userId));
    }

    public Task<ConnectorResult<ChannelThread>> CreateChannelThreadAsync(string serviceUrl, string tenantId, string channelId, Activity activity, CancellationToken cancellationToken)
    {
        var result = Record("thread", new ConversationAddress(serviceUrl, channelId, tenantId), activity);
        return Task.FromResult(new ConnectorResult<ChannelThread>(result.Outcome, new ChannelThread(channelId + ";messageid=" + result.Value, result.Value!)));
    }

    public Func<ConversationAddress, IReadOnlyList<TeamsMember>> Members { get; set; } = _ => [];

    public Task<ConnectorResult<TeamsMember>> GetMemberAsync(ConversationAddress address, string userId, CancellationToken cancellationToken)
    {
        var member = Members(address).FirstOrDefault(m => m.Id == userId);
        return Task.FromResult(new ConnectorResult<TeamsMember>(member is null ? ConnectorOutcome.NotFound : ConnectorOutcome.Succeeded, member));
    }

    public Task<ConnectorResult<MembersPage>> GetMembersPageAsync(ConversationAddress address, string? continuationToken, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectorResult<MembersPage>(ConnectorOutcome.Succeeded, new MembersPage(Members(address), null)));

    private ConnectorResult<string> Record(string operation, ConversationAddress address, Activity activity)
    {
        var outcome = OnSend?.Invoke(address, activity) ?? ConnectorOutcome.Succeeded;
        Calls.Enqueue((operation, address, activity));
        return new ConnectorResult<string>(outcome, outcome == ConnectorOutcome.Succeeded ? $"m{Interlocked.Increment(ref _nextId)}" : null);
    }
}
