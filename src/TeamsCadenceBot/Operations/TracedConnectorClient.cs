using System.Diagnostics;
using TeamsCadenceBot.Teams.Activities;
using Activity = TeamsCadenceBot.Teams.Activities.Activity;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Operations;

/// <summary>
/// Wraps the connector: a client span for every call that writes to Teams, and the cards-sent counter for
/// each accepted message that carries an Adaptive Card. Reads (members) pass through untraced.
/// </summary>
internal sealed class TracedConnectorClient(IConnectorClient inner, CadenceMetrics metrics) : IConnectorClient
{
    public Task<ConnectorResult<string>> SendAsync(
        ConversationAddress address,
        Activity activity,
        CancellationToken cancellationToken) =>
        TraceAsync("send", activity, () => inner.SendAsync(address, activity, cancellationToken), r => r.Outcome);

    public Task<ConnectorResult<string>> ReplyAsync(
        ConversationAddress address,
        string replyToId,
        Activity activity,
        CancellationToken cancellationToken) =>
        TraceAsync(
            "reply",
            activity,
            () => inner.ReplyAsync(address, replyToId, activity, cancellationToken),
            r => r.Outcome);

    public Task<ConnectorResult<string>> UpdateAsync(
        ConversationAddress address,
        string activityId,
        Activity activity,
        CancellationToken cancellationToken) =>
        TraceAsync(
            "update",
            activity,
            () => inner.UpdateAsync(address, activityId, activity, cancellationToken),
            r => r.Outcome);

    public Task<ConnectorResult<bool>> DeleteAsync(
        ConversationAddress address,
        string activityId,
        CancellationToken cancellationToken) =>
        TraceAsync(
            "delete",
            activity: null,
            () => inner.DeleteAsync(address, activityId, cancellationToken),
            r => r.Outcome);

    public Task<ConnectorResult<string>> CreatePersonalConversationAsync(
        string serviceUrl,
        string tenantId,
        string userId,
        CancellationToken cancellationToken) =>
        TraceAsync(
            "create personal chat",
            activity: null,
            () => inner.CreatePersonalConversationAsync(serviceUrl, tenantId, userId, cancellationToken),
            r => r.Outcome);

    public Task<ConnectorResult<ChannelThread>> CreateChannelThreadAsync(
        string serviceUrl,
        string tenantId,
        string channelId,
        Activity activity,
        CancellationToken cancellationToken) =>
        TraceAsync(
            "thread",
            activity,
            () => inner.CreateChannelThreadAsync(serviceUrl, tenantId, channelId, activity, cancellationToken),
            r => r.Outcome);

    public Task<ConnectorResult<TeamsMember>> GetMemberAsync(
        ConversationAddress address,
        string userId,
        CancellationToken cancellationToken) =>
        inner.GetMemberAsync(address, userId, cancellationToken);

    public Task<ConnectorResult<MembersPage>> GetMembersPageAsync(
        ConversationAddress address,
        string? continuationToken,
        CancellationToken cancellationToken) =>
        inner.GetMembersPageAsync(address, continuationToken, cancellationToken);

    private async Task<T> TraceAsync<T>(
        string operation,
        Activity? activity,
        Func<Task<T>> call,
        Func<T, ConnectorOutcome> outcomeOf)
    {
        using var span = CadenceTracing.Source.StartActivity("connector " + operation, ActivityKind.Client);
        span?.SetTag("connector.operation", operation);
        try
        {
            var result = await call();
            var outcome = outcomeOf(result);
            span?.SetTag("connector.outcome", outcome.ToString());
            if (outcome == ConnectorOutcome.Succeeded && CarriesCard(activity))
            {
                metrics.CardSent(operation);
            }

            return result;
        }
        catch (Exception e)
        {
            metrics.Failed("connector", e.GetType().Name);
            span.RecordFailure(e);
            throw;
        }
    }

    private static bool CarriesCard(Activity? activity) =>
        activity?.Attachments?.Any(a => a.ContentType == Attachment.AdaptiveCardContentType) == true;
}
