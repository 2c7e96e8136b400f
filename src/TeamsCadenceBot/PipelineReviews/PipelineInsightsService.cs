using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// What the manager's 1:1 brief needs from the pipeline: what changed in a rep's deals between two dates,
/// and the stage where the rep converts furthest below their team.
/// </summary>
internal sealed class PipelineInsightsService(
    IPipelineSource source,
    IPeopleStore people,
    TeamSettingsStore settings,
    TimeProvider clock)
{
    /// <summary>
    /// The rep's deals at <paramref name="from"/> (the snapshot of then) against <paramref name="to"/> (the
    /// snapshot of then, or the deals as they stand when <paramref name="to"/> is today or later).
    /// </summary>
    public async Task<IReadOnlyList<PipelineChange>> ChangesAsync(
        string tenantId,
        string repId,
        DateOnly from,
        DateOnly to,
        CancellationToken cancellationToken)
    {
        var before = await source.ListSnapshotAsync(tenantId, [repId], from, cancellationToken);
        var today = await TodayOfAsync(tenantId, repId, cancellationToken);
        var after = to >= today
            ? await source.ListDealsAsync(tenantId, [repId], from, cancellationToken)
            : await source.ListSnapshotAsync(tenantId, [repId], to, cancellationToken);
        return PipelineChanges.Between(before, after);
    }

    /// <summary>
    /// The coaching suggestion for the rep against their manager's team over the team's metrics window; null
    /// when the rep has no manager, is nowhere below the team, or the data is too thin.
    /// </summary>
    public async Task<CoachingSuggestion?> CoachingAsync(string tenantId, string repId, CancellationToken cancellationToken)
    {
        if (await people.GetAsync(tenantId, repId, cancellationToken) is not { ManagerId: { } managerId })
        {
            return null;
        }

        var team = (await people.ListReportsAsync(tenantId, managerId, cancellationToken)).Select(p => p.Id).ToList();
        var thresholds = (await settings.GetAsync(tenantId, managerId, cancellationToken)).Thresholds;
        var today = await TodayOfAsync(tenantId, managerId, cancellationToken);
        var since = today.AddDays(-thresholds.MetricsLookbackDays);
        var deals = await source.ListDealsAsync(tenantId, team, since, cancellationToken);

        // Gaps: one read per week of the window (25 for the default 180 days); a store that can return a deal's
        // stage history in one read would make this cheaper.
        var snapshots = new List<PipelineSnapshot>();
        for (var asOf = today.AddDays(-7); asOf >= since; asOf = asOf.AddDays(-7))
        {
            snapshots.Add(new PipelineSnapshot(asOf, await source.ListSnapshotAsync(tenantId, team, asOf, cancellationToken)));
        }

        var histories = DealHistories.Build(deals, snapshots, today);
        var teamMetrics = MetricsCalculator.Compute(histories);
        var repMetrics = MetricsCalculator.Compute([.. histories.Where(h => h.Deal.OwnerId == repId)]);
        return CoachingSuggestion.Find(repMetrics, teamMetrics, thresholds.CoachingMinimumDecided);
    }

    private async Task<DateOnly> TodayOfAsync(string tenantId, string personId, CancellationToken cancellationToken)
    {
        var person = await people.GetAsync(tenantId, personId, cancellationToken);
        return LocalClock.Today(clock.GetUtcNow(), LocalClock.FindZone(person?.TimeZone) ?? TimeZoneInfo.Utc);
    }
}
