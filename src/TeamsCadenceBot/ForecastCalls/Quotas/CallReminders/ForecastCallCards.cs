using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>The reminder posted in the team's channel before each forecast call.</summary>
internal static class ForecastCallCards
{
    /// <summary>Starts a forecast call for <see cref="ForecastStartData.Period"/>, as typing it would.</summary>
    public const string StartVerb = ForecastVerbs.Start;

    public static AdaptiveCard Reminder(string managerName, ForecastPeriod period, string when, int daysLeft) =>
        new()
        {
            Body =
            [
                new TextBlock($"Forecast call: {period.Label}")
                {
                    Size = "Medium",
                    Weight = "Bolder",
                    Style = "heading",
                },
                new TextBlock($"{managerName}'s team holds its forecast call {when}. {DaysLeft(daysLeft, period)} "
                    + "Start the call to collect each rep's commit, best case and pipeline."),
            ],
            Actions =
            [
                new ExecuteAction(StartVerb)
                {
                    Title = "Start the forecast call",
                    Style = "positive",
                    Data = new ForecastStartData(period.Key),
                },
            ],
            Speak = $"Forecast call for {period.Label}",
            Teams = new TeamsCardSettings("Full"),
        };

    private static string DaysLeft(int days, ForecastPeriod period) =>
        days == 1 ? $"1 day is left in {period.Label}." : $"{days} days are left in {period.Label}.";
}

/// <summary>The period a forecast call is started for, as <see cref="ForecastPeriod.Key"/>.</summary>
internal sealed record ForecastStartData(string Period);
