using System.Globalization;
using System.Text;

namespace TeamsCadenceBot.Graph;

/// <summary>What one refresh from Graph did, feature by feature; null where the feature is off.</summary>
internal sealed record RefreshSummary(
    OrganisationSyncReport? Organisation,
    ProactiveInstallReport? Installs,
    int? OneOnOnesProposed)
{
    /// <summary>A short report for the person who asked for the refresh.</summary>
    public string Describe()
    {
        var text = new StringBuilder("Done refreshing from your organisation's directory.");
        if (Organisation is { } org)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"\n\n- {org.PeopleSeen} people read, {org.ManagersChanged} managers updated");
            if (org.ChoicesKept > 0)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $", {org.ChoicesKept} set here in the bot kept as they are");
            }

            if (org.Truncated)
            {
                text.Append(" (stopped early: the organisation is larger than the configured limit)");
            }
        }

        if (Installs is { AppInCatalog: false })
        {
            text.Append("\n- I couldn't install myself for your reps: ")
                .Append("the app isn't in your organisation's app catalog");
        }
        else if (Installs is { } installs)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"\n- Installed for {installs.Installed} people who didn't have me yet");
        }

        if (OneOnOnesProposed is { } proposed)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"\n- {proposed} recurring 1:1s found in your calendar for you to confirm");
        }

        return text.ToString();
    }
}
