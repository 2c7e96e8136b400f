namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// What a settings form asks for: the new thresholds when every value is valid, else the problems (each naming its
/// field); and the settings whose value differs from the current one.
/// </summary>
internal sealed record ThresholdChange(
    PipelineThresholds? Thresholds,
    IReadOnlyList<string> Problems,
    IReadOnlyList<ThresholdSetting> Changed)
{
    public bool IsValid => Thresholds is not null;
}
