using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>The risk flags of one rep's forecast, deal by deal and then for the whole forecast.</summary>
internal static class RiskRules
{
    /// <summary>
    /// The team's forecast the concentration rule measures against: every rep's best case (closed won, commit and
    /// best case deals of the period).
    /// </summary>
    public static decimal TeamForecast(IEnumerable<RepRollup> rollups) => rollups.Sum(r => r.Crm.BestCase);

    /// <summary>
    /// Flags, deal by deal in the roll-up's order: a commit deal without contact for
    /// <see cref="ForecastThresholds.CommitNoContactDays"/> days (or never), a close date or category that differs
    /// from <paramref name="lastWeek"/>'s snapshot of the deal, a commit or best case deal worth more than
    /// <see cref="ForecastThresholds.ConcentrationShare"/> of <paramref name="teamForecast"/>; then coverage
    /// under the minimum. A deal absent from last week's snapshot has nothing to compare with.
    /// </summary>
    public static IReadOnlyList<RiskFlag> ForRep(
        RepRollup rollup,
        ForecastCoverage coverage,
        IReadOnlyDictionary<string, DealSnapshot> lastWeek,
        decimal teamForecast,
        DateOnly today,
        ForecastThresholds thresholds)
    {
        var flags = new List<RiskFlag>();
        foreach (var deal in rollup.OpenDeals)
        {
            flags.AddRange(DealFlags(deal, lastWeek.GetValueOrDefault(deal.CrmId), teamForecast, today, thresholds));
        }

        if (coverage is { BelowMinimum: true, Multiple: { } multiple, RemainingQuota: { } remaining })
        {
            flags.Add(new RiskFlag(
                RiskKind.LowCoverage,
                null,
                $"Coverage {Format.Multiple(multiple)}: open pipeline {Format.Money(rollup.OpenPipeline)} against "
                + $"{Format.Money(remaining)} of quota left, under {Format.Multiple(thresholds.MinimumCoverage)}."));
        }

        return flags;
    }

    private static IEnumerable<RiskFlag> DealFlags(
        Deal deal,
        DealSnapshot? before,
        decimal teamForecast,
        DateOnly today,
        ForecastThresholds thresholds)
    {
        var name = Format.Short(deal.Name, 60);
        var silent = SilentDays(deal, today);
        if (ForecastRollups.IsCommit(deal.Category) && silent >= thresholds.CommitNoContactDays)
        {
            yield return new RiskFlag(
                RiskKind.NoRecentContact,
                deal.CrmId,
                deal.LastActivityDate is null
                    ? $"{name}: in commit with no customer contact recorded."
                    : $"{name}: in commit, no customer contact for {silent} days.");
        }

        if (before?.CloseDate is { } wasDue && deal.CloseDate is { } isDue && wasDue != isDue)
        {
            yield return new RiskFlag(
                RiskKind.CloseDateMoved,
                deal.CrmId,
                $"{name}: close date moved from {Format.Date(wasDue)} to {Format.Date(isDue)} since last week.");
        }

        if (before is not null && before.Category != deal.Category)
        {
            yield return new RiskFlag(
                RiskKind.CategoryChanged,
                deal.CrmId,
                $"{name}: moved from {CategoryName(before.Category)} to {CategoryName(deal.Category)} "
                + "since last week.");
        }

        var inForecast = ForecastRollups.IsCommit(deal.Category) || deal.Category == ForecastCategory.BestCase;
        if (inForecast && teamForecast > 0m && (deal.Amount ?? 0m) > teamForecast * thresholds.ConcentrationShare)
        {
            yield return new RiskFlag(
                RiskKind.Concentration,
                deal.CrmId,
                $"{name}: {Format.Money(deal.Amount!.Value)} is {Format.Percent(deal.Amount.Value / teamForecast)} "
                + $"of the team's forecast of {Format.Money(teamForecast)}.");
        }
    }

    public static string CategoryName(ForecastCategory category) => category switch
    {
        ForecastCategory.Commit => "commit",
        ForecastCategory.BestCase => "best case",
        ForecastCategory.Pipeline => "pipeline",
        ForecastCategory.Closed => "closed",
        _ => "omitted",
    };

    // A deal that never recorded contact counts as silent for ever.
    private static int SilentDays(Deal deal, DateOnly today) =>
        deal.LastActivityDate is { } last ? today.DayNumber - last.DayNumber : int.MaxValue;
}
