namespace TeamsCadenceBot.PipelineReviews;

/// <summary>Segments a review's deals by rep, size band and source and computes each segment's numbers.</summary>
internal static class TeamNumbersCalculator
{
    private static readonly string[] BandOrder =
        [DealSizeBands.Small, DealSizeBands.Medium, DealSizeBands.Large, DealSizeBands.Unknown];

    /// <param name="reps">The reviewed reps; each gets a row, with or without deals.</param>
    /// <param name="histories">The reps' open deals and those closed in the team's metrics window.</param>
    /// <param name="wonThisQuarter">What each rep (by id) won this quarter, against their quota.</param>
    /// <param name="thresholds">The team's settings.</param>
    /// <param name="quota">The quota of the review; a rep's own quota gives their row a coverage light.</param>
    public static TeamNumbers Build(
        IReadOnlyList<ReviewedRep> reps,
        IReadOnlyList<DealHistory> histories,
        IReadOnlyDictionary<string, decimal> wonThisQuarter,
        PipelineThresholds thresholds,
        ReviewQuota? quota)
    {
        var byOwner = histories.ToLookup(h => h.Deal.OwnerId, StringComparer.Ordinal);
        var byRep = reps
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .Select(rep =>
            {
                var own = byOwner[rep.Id].ToList();
                var coverage = RepCoverage(rep, own, wonThisQuarter.GetValueOrDefault(rep.Id), thresholds, quota);
                return new SegmentNumbers(rep.Name, MetricsCalculator.Compute(own), coverage);
            })
            .ToList();

        var bands = MetricsCalculator.BySegment(histories, MetricsCalculator.SizeBand);
        var bySize = BandOrder
            .Where(bands.ContainsKey)
            .Select(band => new SegmentNumbers(band, bands[band], null))
            .ToList();

        var bySource = MetricsCalculator.BySegment(histories, MetricsCalculator.Source)
            .OrderByDescending(s => s.Value.OpenValue)
            .ThenBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
            .Select(s => new SegmentNumbers(s.Key, s.Value, null))
            .ToList();
        return new TeamNumbers(byRep, bySize, bySource);
    }

    private static TeamCheck? RepCoverage(
        ReviewedRep rep,
        IReadOnlyList<DealHistory> own,
        decimal won,
        PipelineThresholds thresholds,
        ReviewQuota? quota)
    {
        if (quota?.Of(rep.Id) is not { } repQuota)
        {
            return null;
        }

        var open = own.Where(h => h.Deal.IsOpen).Select(h => h.Deal).ToList();
        return TeamPipelineRules.Coverage(open, repQuota - won, thresholds);
    }
}
