namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// A team's forecast call settings, each with the default of PRODUCT.md. The per-stage coverage ratios and the
/// fiscal year come from the team's <see cref="PipelineReviews.PipelineThresholds"/>, so a team sets them once.
/// Shares are fractions (0.15 is 15%).
/// </summary>
internal sealed record ForecastThresholds
{
    public static readonly ForecastThresholds Default = new();

    /// <summary>Days without customer contact after which a commit deal is a risk.</summary>
    public int CommitNoContactDays { get; init; } = 14;

    /// <summary>The share of the team's forecast above which one deal is a concentration risk.</summary>
    public decimal ConcentrationShare { get; init; } = 0.15m;

    /// <summary>The multiple of the remaining quota the open pipeline must reach.</summary>
    public decimal MinimumCoverage { get; init; } = 3m;

    /// <summary>The commit accuracy a rep and a team aim for.</summary>
    public decimal AccuracyTarget { get; init; } = 0.90m;

    /// <summary>How many past closed periods a rep's bias is measured over.</summary>
    public int CalibrationPeriods { get; init; } = 4;

    /// <summary>The most risk flags a rep's row lists before it says how many more there are.</summary>
    public int FlagsShownPerRep { get; init; } = 5;
}
