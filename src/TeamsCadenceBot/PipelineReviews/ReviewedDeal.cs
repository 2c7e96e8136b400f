using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>An open deal with the flags the review found and its scorecard gaps.</summary>
internal sealed record ReviewedDeal(Deal Deal, IReadOnlyList<DealFlag> Flags, IReadOnlyList<string> ScorecardGaps)
{
    public bool IsCritical => Flags.Any(f => f.Severity == FlagSeverity.Critical);
}
