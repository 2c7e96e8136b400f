using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.ForecastCalls.ForecastCardParts;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// The card posted in the channel, which shows no numbers itself: its refresh gives each listed person their own
/// view, and its button does the same for anyone else.
/// </summary>
internal static class ForecastCards
{
    public static AdaptiveCard Posted(
        ForecastPeriod period,
        string managerName,
        ForecastCardData call,
        CardRefresh? refresh)
    {
        var heading = $"Forecast call: {period.Label}, {managerName}'s team";
        return Card(
            [
                Heading(heading),
                new TextBlock($"Each of you sees your own view here: reps their call to submit, {managerName} the "
                    + "team's roll-up, leaders their managers' roll-ups."),
            ],
            heading,
            refresh,
            [ShowMine(call)]);
    }

    /// <summary>The view of someone outside the team: who takes part, and no numbers.</summary>
    public static AdaptiveCard Outsider(
        ForecastPeriod period,
        string managerName,
        ForecastCardData call,
        CardRefresh? refresh)
    {
        var heading = $"Forecast call: {period.Label}, {managerName}'s team";
        return Card(
            [
                Heading(heading),
                new TextBlock("You're not part of this forecast. " + ForecastAccess.NotPartOf(managerName)),
            ],
            heading,
            refresh,
            [ShowMine(call)]);
    }

    private static ExecuteAction ShowMine(ForecastCardData call) =>
        new(ForecastVerbs.View) { Title = "Show my view", Data = call, AssociatedInputs = "none" };
}
