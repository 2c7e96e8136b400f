using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>Rolls a rep's deals up into the figures of a period.</summary>
internal static class ForecastRollups
{
    /// <summary>
    /// The rep's roll-up for <paramref name="period"/>: won deals and open deals whose close date falls in it
    /// (a deal without a close date belongs to no period); omitted deals count nowhere.
    /// </summary>
    public static RepRollup ForRep(string repId, IEnumerable<Deal> deals, ForecastPeriod period, decimal? quota)
    {
        var inPeriod = deals
            .Where(d => d.OwnerId == repId && d.CloseDate is { } close && period.Contains(close))
            .ToList();
        var won = Sum(inPeriod.Where(d => d.Stage == DealStage.ClosedWon));
        var open = inPeriod
            .Where(d => d.IsOpen && d.Category != ForecastCategory.Omitted)
            .OrderByDescending(d => d.Amount ?? 0m)
            .ThenBy(d => d.CrmId, StringComparer.Ordinal)
            .ToList();
        var commit = won + Sum(open.Where(d => IsCommit(d.Category)));
        var bestCase = commit + Sum(open.Where(d => d.Category == ForecastCategory.BestCase));
        var pipeline = bestCase + Sum(open.Where(d => d.Category == ForecastCategory.Pipeline));
        return new RepRollup(repId, quota, won, new CallFigures(commit, bestCase, pipeline), open);
    }

    /// <summary>An open deal the CRM marks closed is counted as commit: the rep expects it, the stage lags.</summary>
    public static bool IsCommit(ForecastCategory category) =>
        category is ForecastCategory.Commit or ForecastCategory.Closed;

    private static decimal Sum(IEnumerable<Deal> deals) => deals.Sum(d => d.Amount ?? 0m);
}
