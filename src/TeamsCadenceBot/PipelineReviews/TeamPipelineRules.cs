using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// The team-level checks of a pipeline review over the team's open deals: stage distribution late in the
/// quarter, aging, and coverage of the remaining quota at the stage ratios. Shares are by value.
/// </summary>
internal static class TeamPipelineRules
{
    public const string DistributionName = "Stage distribution";
    public const string AgingName = "Aging";
    public const string CoverageName = "Coverage";

    public static readonly IReadOnlyList<DealStage> OpenStages =
        [DealStage.Discovery, DealStage.Qualification, DealStage.Proposal, DealStage.Negotiation];

    /// <summary>
    /// Yellow (a warning, as PRODUCT.md says) when more than <see cref="PipelineThresholds.EarlyStageShareLimit"/>
    /// of the open value sits in discovery or qualification with
    /// <see cref="PipelineThresholds.EarlyStageWarningDaysLeft"/> days or fewer left in the quarter; green otherwise.
    /// PRODUCT.md names no level beyond the warning, so the check is never red.
    /// </summary>
    public static TeamCheck StageDistribution(IReadOnlyList<Deal> openDeals, DateOnly today, PipelineThresholds thresholds)
    {
        var total = Value(openDeals);
        if (total <= 0)
        {
            return new TeamCheck(DistributionName, RagStatus.NotEnoughData, "No open pipeline value to judge.");
        }

        var early = Value(openDeals.Where(d => d.Stage is DealStage.Discovery or DealStage.Qualification));
        var share = early / total;
        var daysLeft = FiscalQuarter.Containing(today, thresholds.FiscalYearStartMonth).DaysLeft(today);
        var text = $"{Format.Percent(share)} of pipeline value ({Format.Money(early)} of {Format.Money(total)}) "
            + $"is in discovery or qualification, with {daysLeft} days left in the quarter.";
        var late = share > thresholds.EarlyStageShareLimit && daysLeft <= thresholds.EarlyStageWarningDaysLeft;
        return late
            ? new TeamCheck(
                DistributionName,
                RagStatus.Yellow,
                text + " Too little is close enough to land this quarter.")
            : new TeamCheck(DistributionName, RagStatus.Green, text);
    }

    /// <summary>
    /// The share of open value in deals created more than <see cref="PipelineThresholds.AgingAfterDays"/> days
    /// ago: red from the red share, yellow from the yellow share, green below.
    /// </summary>
    public static TeamCheck Aging(IReadOnlyList<Deal> openDeals, DateOnly today, PipelineThresholds thresholds)
    {
        var total = Value(openDeals);
        if (total <= 0)
        {
            return new TeamCheck(AgingName, RagStatus.NotEnoughData, "No open pipeline value to judge.");
        }

        var old = openDeals.Where(d => today.DayNumber - d.CreatedDate.DayNumber > thresholds.AgingAfterDays).ToList();
        var share = Value(old) / total;
        var status = share >= thresholds.AgingRedShare ? RagStatus.Red
            : share >= thresholds.AgingYellowShare ? RagStatus.Yellow
            : RagStatus.Green;
        return new TeamCheck(
            AgingName,
            status,
            $"{Format.Percent(share)} of pipeline value ({Format.Money(Value(old))} in {old.Count} "
            + $"deal{(old.Count == 1 ? "" : "s")}) is older than {thresholds.AgingAfterDays} days.");
    }

    /// <summary>
    /// The open value of each stage divided by that stage's coverage ratio, summed, against the remaining
    /// quota: green when it covers all of it, yellow from <see cref="PipelineThresholds.CoverageYellowFloor"/>,
    /// red below. Without a quota there is nothing to judge; a quota already met is green. The reps in
    /// <paramref name="withoutQuota"/> (names) are left out of the deals and the quota, and the text says so.
    /// </summary>
    public static TeamCheck Coverage(
        IReadOnlyList<Deal> openDeals,
        decimal? remainingQuota,
        PipelineThresholds thresholds,
        IReadOnlyList<string>? withoutQuota = null)
    {
        var check = Coverage(openDeals, remainingQuota, thresholds);
        return withoutQuota is not { Count: > 0 } || remainingQuota is null
            ? check
            : check with { Text = $"{check.Text} {LeftOut(withoutQuota)}" };
    }

    private static TeamCheck Coverage(IReadOnlyList<Deal> openDeals, decimal? remainingQuota, PipelineThresholds thresholds)
    {
        if (remainingQuota is not { } remaining)
        {
            return new TeamCheck(
                CoverageName,
                RagStatus.NotEnoughData,
                "No quota is set for this quarter, so coverage cannot be judged.");
        }

        if (remaining <= 0)
        {
            return new TeamCheck(CoverageName, RagStatus.Green, "The quarter's quota is already met.");
        }

        var total = Value(openDeals);
        var covered = StageWeightedCoverage(openDeals, remaining, thresholds);
        var status = covered >= 1m ? RagStatus.Green
            : covered >= thresholds.CoverageYellowFloor ? RagStatus.Yellow
            : RagStatus.Red;
        var ratios = string.Join(
            ", ",
            OpenStages.Select(s => $"{Format.Stage(s)} {Format.Multiple(thresholds.CoverageRatio(s))}"));
        return new TeamCheck(
            CoverageName,
            status,
            $"Pipeline {Format.Money(total)} is {Format.Multiple(total / remaining)} the remaining quota of "
            + $"{Format.Money(remaining)}; at the stage ratios ({ratios}) it covers {Format.Percent(covered)} of it.");
    }

    /// <summary>The share of the remaining quota the pipeline covers when each stage's value counts 1/ratio.</summary>
    public static decimal StageWeightedCoverage(
        IReadOnlyList<Deal> openDeals,
        decimal remainingQuota,
        PipelineThresholds thresholds) =>
        OpenStages.Sum(s => Value(openDeals.Where(d => d.Stage == s)) / thresholds.CoverageRatio(s)) / remainingQuota;

    private static string LeftOut(IReadOnlyList<string> names)
    {
        const int MaxNamed = 5;
        var named = names.Take(MaxNamed).ToList();
        var list = names.Count > MaxNamed
            ? $"{string.Join(", ", named)} and {names.Count - MaxNamed} more"
            : named.Count == 1 ? named[0] : $"{string.Join(", ", named[..^1])} and {named[^1]}";
        return $"Counted for the reps with a quota only: {list} {(names.Count == 1 ? "has" : "have")} "
            + "no quota for this quarter.";
    }

    private static decimal Value(IEnumerable<Deal> deals) => deals.Sum(d => d.Amount ?? 0m);
}
