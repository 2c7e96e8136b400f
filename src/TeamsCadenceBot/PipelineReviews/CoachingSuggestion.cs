using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>The stage where a rep converts furthest below the team, for the manager's 1:1 brief.</summary>
/// <param name="Stage">The stage deals leave (to the next stage, or to won from negotiation).</param>
/// <param name="RepRate">The rep's conversion from that stage.</param>
/// <param name="TeamRate">The team's.</param>
/// <param name="Text">The suggestion as the manager reads it.</param>
internal sealed record CoachingSuggestion(DealStage Stage, decimal RepRate, decimal TeamRate, string Text)
{
    /// <summary>
    /// The stage with the largest gap below the team's conversion, among stages where the rep has at least
    /// <paramref name="minimumDecided"/> decided deals; null when the rep is nowhere below the team or the
    /// data is too thin to say.
    /// </summary>
    public static CoachingSuggestion? Find(PipelineMetrics rep, PipelineMetrics team, int minimumDecided)
    {
        CoachingSuggestion? worst = null;
        foreach (var stage in TeamPipelineRules.OpenStages)
        {
            var mine = rep.Conversion[stage];
            if (mine.Decided < minimumDecided
                || mine.Rate is not { } repRate
                || team.Conversion[stage].Rate is not { } teamRate)
            {
                continue;
            }

            if (repRate < teamRate && (worst is null || teamRate - repRate > worst.TeamRate - worst.RepRate))
            {
                var next = stage == DealStage.Negotiation ? "won" : Format.Stage(stage + 1);
                worst = new CoachingSuggestion(
                    stage,
                    repRate,
                    teamRate,
                    $"From {Format.Stage(stage)} to {next}: {Format.Percent(repRate)} against the team's "
                    + $"{Format.Percent(teamRate)}. Coach on {Format.Stage(stage)}.");
            }
        }

        return worst;
    }
}
