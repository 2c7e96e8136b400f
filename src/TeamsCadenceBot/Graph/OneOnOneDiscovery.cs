using System.Diagnostics;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Operations;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// Reads a manager's calendar for the next weeks, finds their recurring 1:1s with their reps and sends the manager one
/// card per new one to confirm. A series already proposed is not proposed again.
/// </summary>
internal sealed partial class OneOnOneDiscovery(
    IGraphDirectory directory,
    IPeopleStore people,
    ProposalStore proposals,
    OutboundQueue outbound,
    IEnumerable<IOneOnOneScheduleSink> sinks,
    IOptions<GraphOptions> options,
    TimeProvider clock,
    ILogger<OneOnOneDiscovery> logger)
{
    public const string MessageKind = "graph.oneonone.proposal";

    /// <summary>
    /// True when a 1:1 feature is there to take confirmed proposals; without one nothing is proposed.
    /// </summary>
    public bool CanConfirm { get; } = sinks.Any();

    /// <summary>Proposes the manager's new 1:1s; returns how many cards were queued.</summary>
    public async Task<int> DiscoverAsync(string tenantId, string managerId, CancellationToken cancellationToken)
    {
        if (!CanConfirm)
        {
            LogNoSink(logger);
            return 0;
        }

        var reps = await people.ListReportsAsync(tenantId, managerId, cancellationToken);
        if (reps.Count == 0 || await people.GetAsync(tenantId, managerId, cancellationToken) is not { } manager)
        {
            return 0;
        }

        using var span = CadenceTracing.Source.StartActivity("graph discover one-on-ones", ActivityKind.Internal);
        var addresses = new HashSet<string>(StringComparer.Ordinal);
        addresses.UnionWith(new DirectoryUser(manager.Id, null, manager.Email, manager.UserPrincipalName).Addresses());
        if (await directory.GetUserAsync(managerId, cancellationToken) is { } fromDirectory)
        {
            addresses.UnionWith(fromDirectory.Addresses());
        }

        var now = clock.GetUtcNow();
        var view = await directory.ListCalendarViewAsync(
            managerId,
            now,
            now + options.Value.CalendarDiscovery.LookAhead,
            cancellationToken);
        var masters = new Dictionary<string, CalendarEvent>(StringComparer.Ordinal);
        foreach (var seriesId in OneOnOneDetector.CandidateSeries(view))
        {
            if (await directory.GetEventAsync(managerId, seriesId, cancellationToken) is { } master)
            {
                masters[seriesId] = master;
            }
        }

        var sent = 0;
        foreach (var proposal in OneOnOneDetector.Detect(manager, addresses, reps, view, masters))
        {
            if (!await proposals.TryAddAsync(proposal, cancellationToken))
            {
                continue;
            }

            var key = ProposalStore.KeyOf(proposal.SeriesId);
            await outbound.EnqueueAsync(
                new OutboundMessage(
                    tenantId,
                    $"{MessageKind}:{managerId}:{key}",
                    MessageKind,
                    DeliveryTarget.Person(managerId),
                    ProactiveMessage.Card(
                        OneOnOneCards.Proposal(proposal),
                        $"Is this your 1:1 with {proposal.RepName}?")),
                cancellationToken);
            sent++;
        }

        span?.SetTag("proposals.sent", sent);
        LogDiscovered(logger, tenantId, masters.Count, sent);
        return sent;
    }

    [LoggerMessage(EventId = 1620, EventName = "OneOnOnesDiscovered", Level = LogLevel.Information,
        Message = "Read a manager's calendar in tenant {TenantId}: {Series} candidate series, "
            + "{Proposed} new 1:1s proposed")]
    private static partial void LogDiscovered(ILogger logger, string tenantId, int series, int proposed);

    [LoggerMessage(EventId = 1621, EventName = "OneOnOneDiscoveryWithoutSink", Level = LogLevel.Warning,
        Message = "Calendar discovery is on but no 1:1 schedule takes confirmations (IOneOnOneScheduleSink); "
            + "nothing proposed")]
    private static partial void LogNoSink(ILogger logger);
}
