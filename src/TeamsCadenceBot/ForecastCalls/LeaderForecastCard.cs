using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.ForecastCalls.ForecastCardParts;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>A leader's view: the totals of each of their managers' teams for the period, without rep detail.</summary>
internal static class LeaderForecastCard
{
    public static AdaptiveCard Build(
        string leaderName,
        ForecastPeriod period,
        IReadOnlyList<TeamForecast> teams,
        CardRefresh? refresh)
    {
        var heading = $"Forecast: {period.Label}, {leaderName}'s managers";
        var body = new List<CardElement> { Heading(heading) };
        if (teams.Count == 0)
        {
            body.Add(Subtle("None of your reports manages a team yet."));
        }

        foreach (var team in teams)
        {
            body.Add(Section($"{team.ManagerName}'s team: {team.Submitted} of {team.Reps.Count} reps have called"));
            body.Add(new FactSet(TeamForecastCard.Totals(team)));
            if (team.LastPeriod is { } last)
            {
                var accuracy = Accuracy(last.TeamAccuracy, team.Thresholds);
                body.Add(Subtle($"Last period ({last.PeriodKey}): commit accuracy {accuracy}."));
            }
        }

        return Card(body, heading, refresh, null);
    }
}
