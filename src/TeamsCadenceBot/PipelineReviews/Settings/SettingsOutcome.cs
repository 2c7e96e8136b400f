namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>What became of asking for or saving a team's settings.</summary>
internal enum SettingsStatus
{
    /// <summary>Shown, or saved and shown anew.</summary>
    Done,

    /// <summary>The person may not see or change these settings.</summary>
    Forbidden,

    /// <summary>There is no such team (no manager, or a manager without reps).</summary>
    NoTeam,

    /// <summary>A value was not valid; nothing was saved.</summary>
    Invalid,

    /// <summary>The settings changed since the card was shown; nothing was saved.</summary>
    Outdated,
}

/// <summary>
/// The outcome, with the settings as they now are when there is a team to show, the settings that changed
/// when saved, and the message for the person when it is not <see cref="SettingsStatus.Done"/>.
/// </summary>
internal sealed record SettingsOutcome(
    SettingsStatus Status,
    SettingsView? View,
    string? Message,
    IReadOnlyList<ThresholdSetting>? Changed = null)
{
    public static SettingsOutcome Refused(SettingsStatus status, string message) => new(status, null, message);
}
