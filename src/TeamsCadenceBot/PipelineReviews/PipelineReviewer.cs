using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// Puts a review together from what was loaded: a plain function, so the whole review is tested without storage.
/// </summary>
internal static class PipelineReviewer
{
    /// <param name="manager">Whose team it is.</param>
    /// <param name="reps">The reps to review, in any order.</param>
    /// <param name="deals">
    /// The reps' open deals and their deals closed since the start of the quarter or of the team's metrics
    /// window (<see cref="PipelineThresholds.MetricsLookbackDays"/>), whichever is earlier.
    /// </param>
    /// <param name="atPreviousReview">The reps' deals as they stood at the previous review.</param>
    /// <param name="today">The manager's date.</param>
    /// <param name="thresholds">The team's settings.</param>
    /// <param name="quota">
    /// The quota for the quarter of <paramref name="today"/>, if known: coverage counts only the pipeline and wins
    /// of the reps it covers, and names the reps it leaves out.
    /// </param>
    public static PipelineReview Review(
        ReviewedRep manager,
        IReadOnlyList<ReviewedRep> reps,
        IReadOnlyList<Deal> deals,
        IReadOnlyList<Deal> atPreviousReview,
        DateOnly today,
        PipelineThresholds thresholds,
        ReviewQuota? quota)
    {
        var previous = atPreviousReview
            .GroupBy(d => d.CrmId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var repIds = reps.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var mine = deals.Where(d => repIds.Contains(d.OwnerId)).ToList();
        var open = mine.Where(d => d.IsOpen).ToList();
        var reviewed = open
            .Select(d => new ReviewedDeal(
                d,
                DealRules.Flags(d, previous.GetValueOrDefault(d.CrmId), today, thresholds),
                DealRules.ScorecardGaps(d.Scorecard)))
            .ToLookup(d => d.Deal.OwnerId, StringComparer.Ordinal);

        var repReviews = reps
            .Select(rep =>
            {
                var own = reviewed[rep.Id].ToList();
                var flagged = own
                    .Where(d => d.Flags.Count > 0)
                    .OrderByDescending(d => d.IsCritical)
                    .ThenByDescending(d => d.Deal.Amount ?? 0m)
                    .ThenBy(d => d.Deal.Name, StringComparer.OrdinalIgnoreCase)
                    .ToList();
                return new RepReview(rep.Id, rep.Name, RepStatusRule.Summarize(own, thresholds), flagged);
            })
            .OrderByDescending(r => r.Summary.Status)
            .ThenBy(r => r.RepName, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var quarter = FiscalQuarter.Containing(today, thresholds.FiscalYearStartMonth);
        var covered = quota is null ? mine : mine.Where(d => quota.Covers(d.OwnerId)).ToList();
        var coveredOpen = covered.Where(d => d.IsOpen).ToList();

        // What each rep won this quarter counts against the quota, whatever the team's metrics window.
        var wonByRep = mine
            .Where(d => d.Stage == DealStage.ClosedWon && d.CloseDate is { } c && quarter.Contains(c))
            .GroupBy(d => d.OwnerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.Amount ?? 0m), StringComparer.Ordinal);
        var wonThisQuarter = wonByRep.Where(w => quota?.Covers(w.Key) ?? true).Sum(w => w.Value);
        decimal? remaining = quota is null ? null : quota.Amount - wonThisQuarter;
        var withoutQuota = quota is null
            ? []
            : reps.Where(r => !quota.Covers(r.Id)).Select(r => r.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var checks = new List<TeamCheck>
        {
            TeamPipelineRules.StageDistribution(open, today, thresholds),
            TeamPipelineRules.Aging(open, today, thresholds),
            TeamPipelineRules.Coverage(coveredOpen, remaining, thresholds, withoutQuota),
        };
        // Win rates and cycles count only the deals closed in the team's window.
        var windowStart = today.AddDays(-thresholds.MetricsLookbackDays);
        var histories = DealHistories.Build([.. mine.Where(d => d.IsOpen || d.ClosedOn >= windowStart)], [], today);
        var metrics = MetricsCalculator.Compute(histories) with
        {
            Coverage = remaining is { } r && r > 0 ? coveredOpen.Sum(d => d.Amount ?? 0m) / r : null,
        };
        var numbers = TeamNumbersCalculator.Build(reps, histories, wonByRep, thresholds, quota);
        return new PipelineReview(manager.Id, manager.Name, today, repReviews, checks, metrics, thresholds, numbers);
    }
}
