using System.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using TeamsCadenceBot.Operations;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// Runs the Graph features that are switched on, in order: the organisation first (who is whose rep), then the
/// installs for people without the app, then the calendars of the managers.
/// </summary>
internal sealed partial class OrganisationRefresh(
    OrganisationSync sync,
    ProactiveInstaller installer,
    OneOnOneDiscovery discovery,
    IPeopleStore people,
    IOptions<GraphOptions> options,
    CadenceMetrics metrics,
    ILogger<OrganisationRefresh> logger)
{
    /// <summary>
    /// The daily refresh: the whole organisation, every member without the app, every manager's calendar.
    /// </summary>
    public async Task<RefreshSummary> RefreshTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        using var span = CadenceTracing.Source.StartActivity("graph refresh", ActivityKind.Internal);
        var organisation = await SyncAsync(tenantId, cancellationToken);
        var everyone = new List<Person>();
        await foreach (var person in people.ListAsync(tenantId, cancellationToken))
        {
            everyone.Add(person);
        }

        var managerIds = everyone.Select(p => p.ManagerId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var members = everyone.Where(p => p.ManagerId is not null || managerIds.Contains(p.Id)).ToList();
        var installs = await InstallAsync(tenantId, members, cancellationToken);
        int? proposed = null;
        if (options.Value.CalendarDiscovery.Enabled)
        {
            proposed = 0;
            foreach (var managerId in managerIds.Order(StringComparer.Ordinal))
            {
                proposed += await DiscoverAsync(tenantId, managerId, cancellationToken);
            }
        }

        return new RefreshSummary(organisation, installs, proposed);
    }

    /// <summary>On demand: the whole organisation, then the installs and the calendar of one manager's team.</summary>
    public async Task<RefreshSummary> RefreshForManagerAsync(
        string tenantId,
        string managerId,
        CancellationToken cancellationToken)
    {
        using var span = CadenceTracing.Source.StartActivity("graph refresh for manager", ActivityKind.Internal);
        var organisation = await SyncAsync(tenantId, cancellationToken);
        var reps = await people.ListReportsAsync(tenantId, managerId, cancellationToken);
        var installs = await InstallAsync(tenantId, reps, cancellationToken);
        int? proposed = options.Value.CalendarDiscovery.Enabled
            ? await DiscoverAsync(tenantId, managerId, cancellationToken)
            : null;
        return new RefreshSummary(organisation, installs, proposed);
    }

    private async Task<OrganisationSyncReport?> SyncAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (!options.Value.OrganisationSync.Enabled)
        {
            return null;
        }

        try
        {
            return await sync.SyncAsync(tenantId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The scheduler retries the whole refresh; the count tells operators Graph is failing.
            metrics.Failed("graph", e.GetType().Name);
            throw;
        }
    }

    private async Task<ProactiveInstallReport?> InstallAsync(
        string tenantId,
        IReadOnlyCollection<Person> members,
        CancellationToken cancellationToken) =>
        options.Value.ProactiveInstall.Enabled && members.Count > 0
            ? await installer.InstallForAsync(tenantId, members, cancellationToken)
            : null;

    // One manager's mailbox refusing (no licence, an access policy) must not cost the others their proposals.
    private async Task<int> DiscoverAsync(string tenantId, string managerId, CancellationToken cancellationToken)
    {
        try
        {
            return await discovery.DiscoverAsync(tenantId, managerId, cancellationToken);
        }
        catch (ApiException e)
        {
            metrics.Failed("graph", e.GetType().Name);
            LogCalendarFailed(logger, tenantId, e.ResponseStatusCode);
            return 0;
        }
    }

    [LoggerMessage(EventId = 1640, EventName = "CalendarReadFailed", Level = LogLevel.Warning,
        Message = "Could not read a manager's calendar in tenant {TenantId} (status {Status}); other managers go on")]
    private static partial void LogCalendarFailed(ILogger logger, string tenantId, int status);
}
