using Microsoft.Extensions.Options;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// Brings who-manages-whom from the directory into the people store. Anchors are the configured roots (walked all the
/// way down) and the managers the bot already knows (one level down); for each anchor its own manager is read too.
/// Each person's manager is changed only as <see cref="ManagerRule"/> allows, under the people store's checks.
/// </summary>
/// <remarks>
/// Gaps: people who leave the part of the directory the sync reads keep their last manager in the bot.
/// </remarks>
internal sealed partial class OrganisationSync(
    IGraphDirectory directory,
    IPeopleStore people,
    OrgSyncStore syncs,
    IOptions<GraphOptions> options,
    TimeProvider clock,
    ILogger<OrganisationSync> logger)
{
    public async Task<OrganisationSyncReport> SyncAsync(string tenantId, CancellationToken cancellationToken)
    {
        var settings = options.Value.OrganisationSync;
        var run = new Run(tenantId, settings.MaxPeople);
        var known = await KnownManagersAsync(tenantId, cancellationToken);
        var anchors = settings.RootUserIds.Select(id => (Id: id, Descend: true))
            .Concat(known.Select(id => (Id: id, Descend: false)))
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .ToList();

        foreach (var (anchorId, descend) in anchors)
        {
            if (await directory.GetUserAsync(anchorId, cancellationToken) is not { } anchor)
            {
                LogAnchorMissing(logger, tenantId);
                continue;
            }

            await RecordAsync(run, anchor, cancellationToken);
            var manager = await directory.GetManagerAsync(anchor.Id, cancellationToken);
            if (manager is not null)
            {
                await RecordAsync(run, manager, cancellationToken);
            }

            await ApplyManagerAsync(run, anchor.Id, manager?.Id, cancellationToken);
            await WalkDownAsync(run, anchor.Id, descend, cancellationToken);
        }

        var report = run.Report();
        LogSynced(logger, tenantId, report.PeopleSeen, report.ManagersChanged, report.ChoicesKept, report.Truncated);
        return report;
    }

    private async Task WalkDownAsync(Run run, string anchorId, bool descend, CancellationToken cancellationToken)
    {
        var pending = new Queue<string>([anchorId]);
        var walked = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var managerId) && walked.Add(managerId))
        {
            foreach (var report in await directory.ListDirectReportsAsync(managerId, cancellationToken))
            {
                if (!await RecordAsync(run, report, cancellationToken))
                {
                    return;
                }

                await ApplyManagerAsync(run, report.Id, managerId, cancellationToken);
                if (descend)
                {
                    pending.Enqueue(report.Id);
                }
            }
        }
    }

    // False once the run reached its limit of people.
    private async Task<bool> RecordAsync(Run run, DirectoryUser user, CancellationToken cancellationToken)
    {
        if (run.Seen.Contains(user.Id))
        {
            return true;
        }

        if (run.Seen.Count >= run.MaxPeople)
        {
            run.Truncated = true;
            return false;
        }

        await people.UpsertAsync(run.TenantId, user.ToSighting(), cancellationToken);
        run.Seen.Add(user.Id);
        return true;
    }

    private async Task ApplyManagerAsync(
        Run run,
        string personId,
        string? directoryManagerId,
        CancellationToken cancellationToken)
    {
        if (!run.Applied.Add(personId)
            || await people.GetAsync(run.TenantId, personId, cancellationToken) is not { } person)
        {
            return;
        }

        var last = await syncs.GetAsync(run.TenantId, personId, cancellationToken);
        var now = clock.GetUtcNow();
        switch (ManagerRule.Decide(person.ManagerId, directoryManagerId, last))
        {
            case ManagerDecision.Agree:
                var agreed = new OrgSyncRecord(directoryManagerId, directoryManagerId, KeptChoice: false, now);
                await RememberAsync(run, personId, last, agreed, cancellationToken);
                break;
            case ManagerDecision.KeepChosenInBot:
                run.ChoicesKept++;
                var kept = new OrgSyncRecord(directoryManagerId, person.ManagerId, KeptChoice: true, now);
                await RememberAsync(run, personId, last, kept, cancellationToken);
                break;
            default:
                var change = await people.SetManagerAsync(
                    run.TenantId,
                    personId,
                    directoryManagerId,
                    person.ManagerId,
                    cancellationToken);
                await RecordChangeAsync(run, personId, directoryManagerId, change, now, cancellationToken);
                break;
        }
    }

    private async Task RecordChangeAsync(
        Run run,
        string personId,
        string? directoryManagerId,
        ManagerChange change,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        switch (change)
        {
            case ManagerChange.Changed or ManagerChange.Unchanged:
                run.ManagersChanged += change == ManagerChange.Changed ? 1 : 0;
                var synced = new OrgSyncRecord(directoryManagerId, directoryManagerId, KeptChoice: false, now);
                await syncs.SaveAsync(run.TenantId, personId, synced, cancellationToken);
                break;
            case ManagerChange.Cycle:
                run.CyclesRefused++;
                LogCycle(logger, run.TenantId);
                break;
            default:
                // Conflict: someone changed it meanwhile; NotFound: the manager vanished. The next sync decides again.
                run.Conflicts++;
                break;
        }
    }

    // Unchanged records are not written again: a daily sync of a steady organisation writes nothing.
    private Task RememberAsync(
        Run run,
        string personId,
        OrgSyncRecord? last,
        OrgSyncRecord next,
        CancellationToken cancellationToken) =>
        last is not null && last with { SyncedAt = next.SyncedAt } == next
            ? Task.CompletedTask
            : syncs.SaveAsync(run.TenantId, personId, next, cancellationToken);

    private async Task<IReadOnlyList<string>> KnownManagersAsync(string tenantId, CancellationToken cancellationToken)
    {
        var managers = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var person in people.ListAsync(tenantId, cancellationToken))
        {
            if (person.ManagerId is { } managerId)
            {
                managers.Add(managerId);
            }
        }

        return [.. managers.Order(StringComparer.Ordinal)];
    }

    [LoggerMessage(EventId = 1610, EventName = "OrganisationSynced", Level = LogLevel.Information,
        Message = "Synced the organisation of tenant {TenantId}: {People} people, {Changed} managers changed, "
            + "{Kept} chosen in the bot kept, truncated {Truncated}")]
    private static partial void LogSynced(
        ILogger logger,
        string tenantId,
        int people,
        int changed,
        int kept,
        bool truncated);

    [LoggerMessage(EventId = 1611, EventName = "OrganisationSyncAnchorMissing", Level = LogLevel.Warning,
        Message = "A root or known manager of tenant {TenantId} is not in the directory; skipped")]
    private static partial void LogAnchorMissing(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 1612, EventName = "OrganisationSyncCycle", Level = LogLevel.Warning,
        Message = "The directory of tenant {TenantId} would make someone their own manager in the bot; change refused")]
    private static partial void LogCycle(ILogger logger, string tenantId);

    private sealed class Run(string tenantId, int maxPeople)
    {
        public string TenantId { get; } = tenantId;

        public int MaxPeople { get; } = maxPeople;

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Applied { get; } = new(StringComparer.Ordinal);

        public int ManagersChanged { get; set; }

        public int ChoicesKept { get; set; }

        public int Conflicts { get; set; }

        public int CyclesRefused { get; set; }

        public bool Truncated { get; set; }

        public OrganisationSyncReport Report() =>
            new(Seen.Count, ManagersChanged, ChoicesKept, Conflicts, CyclesRefused, Truncated);
    }
}
