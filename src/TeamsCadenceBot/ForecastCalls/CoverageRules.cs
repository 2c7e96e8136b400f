using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>Coverage of the remaining quota by the open pipeline of the period.</summary>
internal static class CoverageRules
{
    /// <summary>
    /// Without a quota nothing is judged (never an invented figure); a met quota is green; otherwise the plain
    /// multiple is red under <see cref="ForecastThresholds.MinimumCoverage"/>, and the stage-weighted share (each
    /// stage's value counts one over its ratio) is green from 100%, yellow from the review's yellow floor.
    /// </summary>
    public static ForecastCoverage Of(
        IReadOnlyList<Deal> openDeals,
        decimal? remainingQuota,
        ForecastThresholds forecast,
        PipelineThresholds pipeline)
    {
        if (remainingQuota is not { } remaining)
        {
            return new ForecastCoverage(null, null, null, RagStatus.NotEnoughData, RagStatus.NotEnoughData);
        }

        if (remaining <= 0m)
        {
            return new ForecastCoverage(remaining, null, null, RagStatus.Green, RagStatus.Green);
        }

        var multiple = openDeals.Sum(d => d.Amount ?? 0m) / remaining;
        var weighted = TeamPipelineRules.StageWeightedCoverage(openDeals, remaining, pipeline);
        var stageStatus = weighted >= 1m ? RagStatus.Green
            : weighted >= pipeline.CoverageYellowFloor ? RagStatus.Yellow
            : RagStatus.Red;
        var status = multiple >= forecast.MinimumCoverage ? RagStatus.Green : RagStatus.Red;
        return new ForecastCoverage(remaining, multiple, weighted, status, stageStatus);
    }
}
