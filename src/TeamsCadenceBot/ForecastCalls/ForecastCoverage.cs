using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// How well a rep's (or a team's) open pipeline covers what is left of the quota: the plain multiple, judged
/// against the minimum coverage, and the share covered at the per-stage ratios.
/// </summary>
/// <param name="RemainingQuota">Quota minus closed won; null when no quota is set.</param>
/// <param name="Multiple">Open pipeline over the remaining quota; null without a quota or once it is met.</param>
/// <param name="StageWeightedShare">The remaining quota's share covered at the stage ratios; null likewise.</param>
/// <param name="Status">Green at or above the minimum multiple, red below; no light without a quota.</param>
/// <param name="StageStatus">Green from full stage-weighted cover, yellow from the review's floor, red below.</param>
internal sealed record ForecastCoverage(
    decimal? RemainingQuota,
    decimal? Multiple,
    decimal? StageWeightedShare,
    RagStatus Status,
    RagStatus StageStatus)
{
    public bool QuotaMet => RemainingQuota is <= 0m;

    public bool BelowMinimum => Status == RagStatus.Red;
}
