using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Graph;

/// <summary>A refresh someone asked for with <c>sync org</c>; its report goes to them in their personal chat.</summary>
internal sealed class RequestedRefreshHandler(OrganisationRefresh refresh, OutboundQueue outbound)
    : IScheduledWorkHandler
{
    public const string ReportKind = "graph.refresh.report";

    public string Kind => GraphWork.RequestedRefresh;

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var request = GraphWork.ReadRequest(work);
        var summary = await refresh.RefreshForManagerAsync(work.TenantId, request.RequestedBy, cancellationToken);
        await outbound.EnqueueAsync(
            new OutboundMessage(
                work.TenantId,
                work.Id + ":report",
                ReportKind,
                DeliveryTarget.Person(request.RequestedBy),
                ProactiveMessage.Text(summary.Describe())),
            cancellationToken);
    }
}
