namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// A team's thresholds as the settings card shows them, with the stored row's version (its ETag; empty when the
/// team has never saved any) so that a save from an outdated card is refused.
/// </summary>
internal sealed record SettingsView(
    string ManagerId,
    string ManagerName,
    PipelineThresholds Thresholds,
    string Version);
