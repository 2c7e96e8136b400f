using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// What the manager's brief shows of the rep's pipeline. Each part is empty (or null) when there is no data for
/// it, and the brief then leaves its section out.
/// </summary>
/// <param name="Since">The date the changes are counted from: the last 1:1's, or a week back without one.</param>
/// <param name="SinceLastOneOnOne">True when <paramref name="Since"/> is the date of the pair's last 1:1.</param>
/// <param name="Changes">New, advanced, moved back, slipped, won and lost deals since then.</param>
/// <param name="Flagged">The rep's open deals with hygiene flags, the critical and largest first.</param>
/// <param name="Coaching">The stage where the rep converts furthest below the team, if the data say so.</param>
internal sealed record BriefPipeline(
    DateOnly Since,
    bool SinceLastOneOnOne,
    IReadOnlyList<PipelineChange> Changes,
    IReadOnlyList<ReviewedDeal> Flagged,
    CoachingSuggestion? Coaching)
{
    public static BriefPipeline None { get; } = new(DateOnly.MinValue, false, [], [], null);

    public bool IsEmpty => Changes.Count == 0 && Flagged.Count == 0 && Coaching is null;

    /// <summary>
    /// Puts the pipeline part of a brief together from what was loaded: a plain function, tested without storage.
    /// </summary>
    /// <param name="since">The date changes are counted from.</param>
    /// <param name="sinceLastOneOnOne">Whether that date is the last 1:1's.</param>
    /// <param name="then">
    /// The rep's deals as the snapshot of <paramref name="since"/> kept them; empty when none is that old.
    /// </param>
    /// <param name="now">The rep's open deals and those closed since <paramref name="since"/>.</param>
    /// <param name="today">The manager's date.</param>
    /// <param name="thresholds">The team's settings.</param>
    /// <param name="coaching">The coaching suggestion, if any.</param>
    public static BriefPipeline From(
        DateOnly since,
        bool sinceLastOneOnOne,
        IReadOnlyList<Deal> then,
        IReadOnlyList<Deal> now,
        DateOnly today,
        PipelineThresholds thresholds,
        CoachingSuggestion? coaching)
    {
        // Without a snapshot of then every deal would look new: no comparison is better than a false one.
        var changes = then.Count == 0 ? [] : PipelineChanges.Between(then, now);
        var earlier = then
            .GroupBy(d => d.CrmId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var flagged = now
            .Where(d => d.IsOpen)
            .Select(d => new ReviewedDeal(
                d,
                DealRules.Flags(d, earlier.GetValueOrDefault(d.CrmId), today, thresholds),
                DealRules.ScorecardGaps(d.Scorecard)))
            .Where(d => d.Flags.Count > 0)
            .OrderByDescending(d => d.IsCritical)
            .ThenByDescending(d => d.Deal.Amount ?? 0m)
            .ThenBy(d => d.Deal.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new BriefPipeline(since, sinceLastOneOnOne, changes, flagged, coaching);
    }
}
