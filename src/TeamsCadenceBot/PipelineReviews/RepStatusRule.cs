namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// A rep's red / yellow / green summary over their reviewed open deals. Shares are by value, or by count
/// when none of the deals has an amount:
/// red when deals with a critical flag (stalled, next step missed, close date passed, action plan
/// required) hold at least <see cref="PipelineThresholds.RepRedCriticalShare"/> of the pipeline;
/// yellow when any deal has a critical flag or flagged deals hold at least
/// <see cref="PipelineThresholds.RepYellowFlaggedShare"/>; green otherwise. A rep with no open deals is
/// yellow: an empty pipeline is itself worth a question.
/// </summary>
internal static class RepStatusRule
{
    public static RepSummary Summarize(IReadOnlyList<ReviewedDeal> openDeals, PipelineThresholds thresholds)
    {
        var openValue = openDeals.Sum(d => d.Deal.Amount ?? 0m);
        var flagged = openDeals.Where(d => d.Flags.Count > 0).ToList();
        var critical = flagged.Where(d => d.IsCritical).ToList();
        var flaggedValue = flagged.Sum(d => d.Deal.Amount ?? 0m);
        if (openDeals.Count == 0)
        {
            return new RepSummary(RagStatus.Yellow, 0, 0m, 0, 0m, 0, "No open deals.");
        }

        var byValue = openValue > 0;
        var criticalShare = Share(critical, openDeals.Count, openValue, byValue);
        var flaggedShare = Share(flagged, openDeals.Count, openValue, byValue);
        var basis = byValue ? "pipeline value" : "open deals";
        const string Pressing = "stalled, overdue or needing an action plan";
        var (status, reason) = criticalShare >= thresholds.RepRedCriticalShare
            ? (RagStatus.Red, $"Deals {Pressing} make up {Format.Percent(criticalShare)} of {basis}.")
            : critical.Count > 0
                ? (RagStatus.Yellow, $"{critical.Count} deal{(critical.Count == 1 ? " is" : "s are")} {Pressing}.")
                : flaggedShare >= thresholds.RepYellowFlaggedShare
                    ? (RagStatus.Yellow, $"Deals with warnings make up {Format.Percent(flaggedShare)} of {basis}.")
                    : (RagStatus.Green, flagged.Count == 0
                        ? "No flags."
                        : $"Deals with warnings make up only {Format.Percent(flaggedShare)} of {basis}.");
        return new RepSummary(status, openDeals.Count, openValue, flagged.Count, flaggedValue, critical.Count, reason);
    }

    private static decimal Share(List<ReviewedDeal> part, int count, decimal value, bool byValue) =>
        byValue ? part.Sum(d => d.Deal.Amount ?? 0m) / value : (decimal)part.Count / count;
}
