using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// Computes <see cref="PipelineMetrics"/> from deal histories. Stage rates are reached-stage based: a deal
/// that reached a later stage passed the earlier ones, a won deal passed them all, and a lost deal died at
/// the furthest stage it was seen in (a lost deal never seen open is left out of stage rates only).
/// </summary>
internal static class MetricsCalculator
{
    public static PipelineMetrics Compute(IReadOnlyList<DealHistory> histories, decimal? remainingQuota = null)
    {
        var open = histories.Where(h => h.Deal.IsOpen).ToList();
        var won = histories.Where(h => h.Deal.Stage == DealStage.ClosedWon).ToList();
        var lost = histories.Where(h => h.Deal.Stage == DealStage.ClosedLost).ToList();
        var openValue = open.Sum(h => h.Deal.Amount ?? 0m);

        decimal? winRate = won.Count + lost.Count == 0 ? null : (decimal)won.Count / (won.Count + lost.Count);
        var cycle = Mean(won.Where(h => h.Deal.CloseDate is not null)
            .Select(h => (decimal)(h.Deal.CloseDate!.Value.DayNumber - h.Deal.CreatedDate.DayNumber)));
        var averageWon = Mean(won.Where(h => h.Deal.Amount is not null).Select(h => h.Deal.Amount!.Value));
        decimal? velocity = winRate is { } w && averageWon is { } a && cycle is { } c && c > 0
            ? open.Count * a * w / c
            : null;
        decimal? coverage = remainingQuota is { } q && q > 0 ? openValue / q : null;

        return new PipelineMetrics(
            open.Count,
            openValue,
            won.Count,
            lost.Count,
            winRate,
            TeamPipelineRules.OpenStages.ToDictionary(s => s, s => WinRateAt(histories, s)),
            TeamPipelineRules.OpenStages.ToDictionary(s => s, s => ConversionFrom(histories, s)),
            TeamPipelineRules.OpenStages.ToDictionary(s => s, s => Mean(histories
                .SelectMany(h => h.Visits)
                .Where(v => v.Stage == s && v.Days is not null)
                .Select(v => (decimal)v.Days!.Value))),
            cycle,
            averageWon,
            velocity,
            coverage);
    }

    /// <summary>The metrics of each segment, such as each rep, size band or source.</summary>
    public static IReadOnlyDictionary<string, PipelineMetrics> BySegment(
        IReadOnlyList<DealHistory> histories,
        Func<Deal, string> segment) =>
        histories
            .GroupBy(h => segment(h.Deal), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Compute([.. g]), StringComparer.Ordinal);

    /// <summary>Segments by owner (person id).</summary>
    public static string Rep(Deal deal) => deal.OwnerId;

    /// <summary>Segments by size band: "under 50K", "50K to 200K", "over 200K" or "no amount".</summary>
    public static string SizeBand(Deal deal) => DealSizeBands.Of(deal.Amount);

    /// <summary>Segments by lead source; deals without one are "no source".</summary>
    public static string Source(Deal deal) =>
        string.IsNullOrWhiteSpace(deal.Source) ? "no source" : deal.Source.Trim();

    private static StageRate WinRateAt(IReadOnlyList<DealHistory> histories, DealStage stage)
    {
        var closed = histories.Where(h => !h.Deal.IsOpen && h.Reached(stage) == true).ToList();
        return new StageRate(closed.Count(h => h.Deal.Stage == DealStage.ClosedWon), closed.Count);
    }

    private static StageRate ConversionFrom(IReadOnlyList<DealHistory> histories, DealStage stage)
    {
        var next = stage == DealStage.Negotiation ? DealStage.ClosedWon : stage + 1;
        var advanced = histories.Count(h => h.Reached(next) == true);
        var diedHere = histories.Count(h => h.Deal.Stage == DealStage.ClosedLost && h.FurthestOpenStage == stage);
        return new StageRate(advanced, advanced + diedHere);
    }

    private static decimal? Mean(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Sum() / list.Count;
    }
}
