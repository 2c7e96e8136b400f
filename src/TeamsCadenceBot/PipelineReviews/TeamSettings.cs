namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// A manager's team's pipeline settings: the thresholds and, when an earlier version set it, the quarter's team
/// quota (reviews now use the reps' own quotas, <see cref="IRepQuotas"/>, and this one only when none is set).
/// </summary>
internal sealed record TeamSettings(PipelineThresholds Thresholds, TeamQuota? Quota)
{
    public static readonly TeamSettings Default = new(PipelineThresholds.Default, null);

    /// <summary>The quota when it was set for <paramref name="quarter"/>; a quota of another quarter does not count.</summary>
    public decimal? QuotaFor(FiscalQuarter quarter) => Quota is { } q && q.QuarterStart == quarter.Start ? q.Amount : null;
}

/// <summary>The team's quota for the quarter starting <paramref name="QuarterStart"/>.</summary>
internal sealed record TeamQuota(DateOnly QuarterStart, decimal Amount);
