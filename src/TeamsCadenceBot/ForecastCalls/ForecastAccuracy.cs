namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// Commit accuracy of a closed period: at each call, how close the commit came to what closed won. Accuracy is
/// one minus the miss as a share of the commit (never below zero), so landing 10% over or under a commit is 90%;
/// a commit of zero has no accuracy. A rep's and the team's figure is the mean over the period's calls.
/// </summary>
internal static class ForecastAccuracy
{
    /// <summary>The accuracy of one commit against what was won; null for a commit of zero or less.</summary>
    public static decimal? Of(decimal commit, decimal won) =>
        commit <= 0m ? null : Math.Max(0m, 1m - Math.Abs(won - commit) / commit);

    /// <summary>
    /// The period's result from its calls' snapshots and each rep's closed won (a rep missing from
    /// <paramref name="won"/> won nothing). Calls are ordered by <paramref name="callOrder"/>, oldest first.
    /// </summary>
    public static PeriodResult Measure(
        string periodKey,
        IReadOnlyList<string> callOrder,
        IReadOnlyList<CallSnapshot> snapshots,
        IReadOnlyDictionary<string, decimal> won,
        DateTimeOffset measuredAt)
    {
        var order = callOrder.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var known = snapshots.Where(s => order.ContainsKey(s.CallId)).ToList();
        var reps = known
            .GroupBy(s => s.RepId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Rep(g.Key, [.. g.OrderBy(s => order[s.CallId])], won.GetValueOrDefault(g.Key)))
            .ToList();
        var teamWon = reps.Sum(r => r.Won);
        var perCall = known
            .GroupBy(s => s.CallId, StringComparer.Ordinal)
            .Select(g => Of(g.Sum(s => s.Commit), teamWon))
            .OfType<decimal>()
            .ToList();
        return new PeriodResult(periodKey, measuredAt, reps, Mean(perCall), callOrder.Count);
    }

    private static RepOutcome Rep(string repId, IReadOnlyList<CallSnapshot> calls, decimal won)
    {
        var accuracies = calls.Select(s => Of(s.Commit, won)).OfType<decimal>().ToList();
        return new RepOutcome(repId, won, calls[^1].Commit, Mean(accuracies), accuracies.Count);
    }

    private static decimal? Mean(List<decimal> values) => values.Count == 0 ? null : values.Average();
}
