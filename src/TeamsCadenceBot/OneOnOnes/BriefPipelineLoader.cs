using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// Loads what the brief shows of the rep's pipeline: the deals now and at the pair's last 1:1, the team's
/// thresholds, and the coaching suggestion. A rep with no open deal and none closed since the last 1:1 gets no
/// pipeline sections at all, for the cost of one read.
/// </summary>
internal sealed class BriefPipelineLoader(
    IPipelineSource source,
    PipelineInsightsService insights,
    TeamSettingsStore settings,
    OneOnOneStore store,
    TimeProvider clock)
{
    // How far back the changes go when the pair has had no 1:1 yet.
    private const int DaysWithoutEarlierOneOnOne = 7;

    public async Task<BriefPipeline> LoadAsync(OneOnOneView view, CancellationToken cancellationToken)
    {
        var occurrence = view.Occurrence;
        var tenantId = occurrence.TenantId;
        var zone = OneOnOneCalendar.Zone(view.Manager.TimeZone);
        var today = LocalClock.Today(clock.GetUtcNow(), zone);
        var earlier = await store.ListOccurrencesAsync(
            tenantId,
            occurrence.ManagerId,
            occurrence.RepId,
            occurrence.StartsAt,
            10,
            cancellationToken);
        var last = earlier.FirstOrDefault(o => o.FinishedAt is not null);
        var since = last is null
            ? today.AddDays(-DaysWithoutEarlierOneOnOne)
            : LocalClock.Today(last.StartsAt, zone);

        var now = await source.ListDealsAsync(tenantId, [occurrence.RepId], since, cancellationToken);
        if (now.Count == 0)
        {
            return BriefPipeline.None;
        }

        var then = await source.ListSnapshotAsync(tenantId, [occurrence.RepId], since, cancellationToken);
        var thresholds = (await settings.GetAsync(tenantId, occurrence.ManagerId, cancellationToken)).Thresholds;
        var coaching = await insights.CoachingAsync(tenantId, occurrence.RepId, cancellationToken);
        return BriefPipeline.From(since, last is not null, then, now, today, thresholds, coaching);
    }
}
