using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// Loads what a review needs (the team, the deals, the previous review's snapshot, the team's settings and the
/// reps' quotas), checks who asks, and puts the review together with <see cref="PipelineReviewer"/>.
/// </summary>
internal sealed class PipelineReviewService(
    IPipelineSource source,
    IPeopleStore people,
    TeamSettingsStore settings,
    TimeProvider clock,
    IRepQuotas? repQuotas = null)
{
    /// <summary>The review of <paramref name="managerId"/>'s whole team, for the manager or a leader above.</summary>
    public async Task<ReviewOutcome> ReviewTeamAsync(
        string tenantId,
        string actorId,
        string managerId,
        CancellationToken cancellationToken)
    {
        var chain = await people.GetManagementChainAsync(tenantId, managerId, cancellationToken);
        if (chain.Count == 0)
        {
            return ReviewOutcome.Nothing("I don't know that manager any more. Ask them to run the review again.");
        }

        var manager = chain[0];
        if (!ReviewAccess.MayReviewTeam(actorId, chain))
        {
            return ReviewOutcome.NotAllowed(ReviewAccess.NotAllowedForTeam(manager.DisplayName));
        }

        var reps = await people.ListReportsAsync(tenantId, managerId, cancellationToken);
        if (reps.Count == 0)
        {
            return ReviewOutcome.Nothing(actorId == managerId
                ? ReviewAccess.NoTeam
                : $"{manager.DisplayName} has no reps yet, so there is nothing to review.");
        }

        return new ReviewOutcome(await ReviewAsync(tenantId, manager, reps, wholeTeam: true, cancellationToken), null);
    }

    /// <summary>The review of one rep, for their manager or a leader above.</summary>
    public async Task<ReviewOutcome> ReviewRepAsync(
        string tenantId,
        string actorId,
        string repId,
        CancellationToken cancellationToken)
    {
        var chain = await people.GetManagementChainAsync(tenantId, repId, cancellationToken);
        if (chain.Count == 0)
        {
            return ReviewOutcome.Nothing("I don't know that rep any more.");
        }

        var rep = chain[0];
        if (!ReviewAccess.MayActForRep(actorId, chain))
        {
            return ReviewOutcome.NotAllowed(ReviewAccess.NotAllowedForRep(rep.DisplayName));
        }

        return new ReviewOutcome(await ReviewAsync(tenantId, chain[1], [rep], wholeTeam: false, cancellationToken), null);
    }

    /// <summary>Whether the actor may act for the rep (recovery plans); with the rep's chain for names.</summary>
    public async Task<(bool Allowed, Person? Rep)> MayActForRepAsync(
        string tenantId,
        string actorId,
        string repId,
        CancellationToken cancellationToken)
    {
        var chain = await people.GetManagementChainAsync(tenantId, repId, cancellationToken);
        return (chain.Count > 0 && ReviewAccess.MayActForRep(actorId, chain), chain.Count > 0 ? chain[0] : null);
    }

    private async Task<PipelineReview> ReviewAsync(
        string tenantId,
        Person manager,
        IReadOnlyList<Person> reps,
        bool wholeTeam,
        CancellationToken cancellationToken)
    {
        var team = await settings.GetAsync(tenantId, manager.Id, cancellationToken);
        var schedule = await settings.GetScheduleAsync(tenantId, manager.Id, cancellationToken);
        var thresholds = team.Thresholds;
        var zone = LocalClock.FindZone(manager.TimeZone) ?? TimeZoneInfo.Utc;
        var today = LocalClock.Today(clock.GetUtcNow(), zone);
        var ownerIds = reps.Select(r => r.Id).ToList();

        // The previous review is one cadence ago: a week, or two for a team reviewed every other week.
        var previousReview = today.AddDays(-7 * (schedule?.IntervalWeeks ?? 1));
        var quarter = FiscalQuarter.Containing(today, thresholds.FiscalYearStartMonth);

        // The metrics window, and the quarter for what was won against the quota, whichever reaches further back.
        var windowStart = today.AddDays(-thresholds.MetricsLookbackDays);
        var closedSince = windowStart < quarter.Start ? windowStart : quarter.Start;
        var deals = await source.ListDealsAsync(tenantId, ownerIds, closedSince, cancellationToken);
        var previous = await source.ListSnapshotAsync(tenantId, ownerIds, previousReview, cancellationToken);
        // Only a whole team's review shows coverage, so only it reads the quotas.
        var quotas = repQuotas is null || !wholeTeam
            ? new Dictionary<string, decimal>()
            : await repQuotas.ForQuarterAsync(tenantId, quarter, thresholds.FiscalYearStartMonth, ownerIds, cancellationToken);
        return PipelineReviewer.Review(
            new ReviewedRep(manager.Id, manager.DisplayName),
            [.. reps.Select(r => new ReviewedRep(r.Id, r.DisplayName))],
            deals,
            previous,
            today,
            thresholds,
            QuotaOf(team, quarter, quotas, wholeTeam));
    }

    // For the whole team: the reps' own quotas where any is set (coverage then counts those reps only and names the
    // others), else the team quota kept in its settings by earlier versions. One rep's review shows no coverage.
    private static ReviewQuota? QuotaOf(
        TeamSettings team,
        FiscalQuarter quarter,
        IReadOnlyDictionary<string, decimal> repQuotas,
        bool wholeTeam) =>
        !wholeTeam ? null
        : repQuotas.Count > 0 ? ReviewQuota.OfReps(repQuotas)
        : team.QuotaFor(quarter) is { } teamQuota ? ReviewQuota.Team(teamQuota)
        : null;
}
