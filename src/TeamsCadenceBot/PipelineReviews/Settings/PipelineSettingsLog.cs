namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>The log events of pipeline settings (event ids 2300-2399). No names and no values typed.</summary>
internal static partial class PipelineSettingsLog
{
    public static void Shown(ILogger logger, PipelineThresholds thresholds)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var changedFromDefault = ThresholdSettings.All.Count(s => s.Read(thresholds) != s.Default);
        Shown(logger, changedFromDefault);
    }

    public static void Saved(ILogger logger, IReadOnlyList<ThresholdSetting> changed, bool reset)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var ids = string.Join(",", changed.Select(s => s.Id));
        Saved(logger, changed.Count, ids, reset);
    }

    [LoggerMessage(EventId = 2300, EventName = "PipelineSettingsShown", Level = LogLevel.Information,
        Message = "Showed a team's pipeline settings; {ChangedFromDefault} differ from the defaults")]
    private static partial void Shown(ILogger logger, int changedFromDefault);

    [LoggerMessage(EventId = 2301, EventName = "PipelineSettingsSaved", Level = LogLevel.Information,
        Message = "Saved a team's pipeline settings: {ChangedCount} changed ({ChangedIds}), reset: {Reset}")]
    private static partial void Saved(ILogger logger, int changedCount, string changedIds, bool reset);

    [LoggerMessage(EventId = 2302, EventName = "PipelineSettingsRefused", Level = LogLevel.Information,
        Message = "Refused to show or save a team's pipeline settings: {Status}")]
    public static partial void Refused(ILogger logger, SettingsStatus status);
}
