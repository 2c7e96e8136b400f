namespace TeamsCadenceBot.Graph;

/// <summary>
/// <c>Graph:ProactiveInstall</c>: installs the app for people in the organisation who do not have it
/// (TeamsAppInstallation.ReadWriteSelfForUser.All), so that prompts and reminders reach everyone.
/// </summary>
internal sealed class ProactiveInstallOptions
{
    public bool Enabled { get; set; }
}
