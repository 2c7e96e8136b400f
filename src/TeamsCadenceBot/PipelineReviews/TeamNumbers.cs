namespace TeamsCadenceBot.PipelineReviews;

/// <summary>The team's numbers segmented as PRODUCT.md asks: by rep, by deal size band and by lead source.</summary>
/// <param name="ByRep">Each reviewed rep, by name.</param>
/// <param name="BySize">Each size band that has deals, smallest first.</param>
/// <param name="BySource">Each lead source, the largest open value first.</param>
internal sealed record TeamNumbers(
    IReadOnlyList<SegmentNumbers> ByRep,
    IReadOnlyList<SegmentNumbers> BySize,
    IReadOnlyList<SegmentNumbers> BySource)
{
    public static TeamNumbers None { get; } = new([], [], []);

    public int Count => ByRep.Count + BySize.Count + BySource.Count;
}

/// <summary>One segment's numbers.</summary>
/// <param name="Label">The rep's name, the band, or the source.</param>
/// <param name="Metrics">Win rate, cycle, velocity, open value and the rest over the segment's deals.</param>
/// <param name="Coverage">
/// The coverage check against the rep's own quota, the only segment number with a threshold; null without one.
/// </param>
internal sealed record SegmentNumbers(string Label, PipelineMetrics Metrics, TeamCheck? Coverage);
