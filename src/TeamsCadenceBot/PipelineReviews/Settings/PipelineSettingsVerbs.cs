namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>The settings card's verbs; both carry <see cref="SettingsData"/>, and Save the card's inputs too.</summary>
internal static class PipelineSettingsVerbs
{
    public const string Prefix = "pipelinesettings.";

    public const string Save = Prefix + "save";

    public const string Reset = Prefix + "reset";
}

/// <summary>Whose settings, as of which stored version.</summary>
internal sealed record SettingsData(string ManagerId, string Version);
