using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.ForecastCalls.ForecastCardParts;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// The manager's view: the team's totals and last period's accuracy, then per rep the quota, closed won, the CRM's
/// categories, the rep's call, the manager's own call (set here) and the gap, the calibrated forecast, coverage and
/// the risk flags.
/// </summary>
internal static class TeamForecastCard
{
    public static AdaptiveCard Build(
        TeamForecast team,
        ForecastCardData call,
        bool open,
        CardRefresh? refresh,
        string? notice = null)
    {
        var heading = $"Forecast call: {team.Period.Label}, {team.ManagerName}'s team";
        var body = new List<CardElement>
        {
            Heading(heading),
            Subtle($"{team.Submitted} of {team.Reps.Count} reps have called."),
        };
        if (notice is not null)
        {
            body.Add(Notice(notice));
        }

        body.Add(new FactSet(Totals(team)));
        if (team.LastPeriod is { } last)
        {
            var calls = last.Calls == 1 ? "1 call" : $"{last.Calls} calls";
            body.Add(Subtle($"Last period ({last.PeriodKey}): team commit accuracy "
                + $"{Accuracy(last.TeamAccuracy, team.Thresholds)} over {calls}."));
        }

        if (team.Reps.Count == 0)
        {
            body.Add(Subtle("No reps report to this manager yet."));
            return Card(body, heading, refresh, null);
        }

        for (var i = 0; i < team.Reps.Count; i++)
        {
            body.Add(RepBlock(team, team.Reps[i], i, open));
        }

        var save = new ExecuteAction(ForecastVerbs.ManagerCalls)
        {
            Title = "Save my calls",
            Data = new ManagerCallsData(call.ManagerId, call.Period, call.CallId, [.. team.Reps.Select(r => r.RepId)]),
        };
        return Card(body, heading, refresh, open ? [save] : null);
    }

    /// <summary>The team's totals, also what a leader sees of each of their managers' teams.</summary>
    public static IReadOnlyList<Fact> Totals(TeamForecast team)
    {
        var crm = team.Crm;
        return
        [
            new Fact("Quota", team.Quota is { } quota ? Format.Money(quota) : "no quota set"),
            new Fact("Closed won", Format.Money(team.ClosedWon)),
            new Fact("In the CRM", Figures(crm)),
            new Fact("Category mix", Mix(team.ClosedWon, crm)),
            new Fact("Reps' commit", Format.Money(team.Commit)),
            new Fact("Manager's call", Format.Money(team.ManagerCall)),
            new Fact("Calibrated", team.Calibrated is { } c ? Format.Money(c) : "no history yet"),
            new Fact("Coverage", Coverage(team.Coverage, team.Thresholds)),
        ];
    }

    private static Container RepBlock(TeamForecast team, RepForecast rep, int index, bool open)
    {
        var items = new List<CardElement>
        {
            new ColumnSet(
            [
                new Column([new TextBlock(rep.RepName) { Weight = "Bolder" }]) { Width = "stretch" },
                new Column([Marker(StatusOf(rep))]) { Width = "auto" },
            ]),
            new FactSet(
            [
                new Fact("Quota", rep.Rollup.Quota is { } quota ? Format.Money(quota) : "no quota set"),
                new Fact("Closed won", Format.Money(rep.Rollup.ClosedWon)),
                new Fact("In the CRM", Figures(rep.Rollup.Crm)),
                new Fact(
                    "Rep's call",
                    rep.Submission is { } s ? Figures(s.Figures) + Change(rep.CommitChange) : "not submitted"),
                new Fact("Your call", rep.ManagerCall is { } m ? Format.Money(m) : "not set"),
                new Fact("Gap", rep.Gap is { } gap ? Gap(gap) : "needs both calls"),
                new Fact("Calibrated", Calibrated(rep.Calibrated)),
                new Fact("Coverage", Coverage(rep.Coverage, team.Thresholds)),
                new Fact(
                    "Last period",
                    rep.LastPeriod is { } o ? Accuracy(o.Accuracy, team.Thresholds) : "not measured"),
            ]),
        };
        var shown = team.Thresholds.FlagsShownPerRep;
        if (rep.Flags.Count > 0)
        {
            var lines = rep.Flags.Take(shown).Select(f => "- " + f.Text);
            var more = rep.Flags.Count > shown ? $"\n- and {rep.Flags.Count - shown} more" : "";
            items.Add(new TextBlock(string.Join('\n', lines) + more) { Color = "Attention", Spacing = "Small" });
        }

        if (open)
        {
            items.Add(new NumberInput
            {
                Id = ForecastVerbs.ManagerCallInput(index),
                Label = $"Your commit call for {rep.RepName}",
                Value = rep.ManagerCall is { } call ? (double)call : null,
                Min = 0,
                Placeholder = "Leave empty to keep it unset",
            });
        }

        return new Container(items) { Separator = true, Spacing = "Medium" };
    }

    private static string Gap(decimal gap) => gap switch
    {
        > 0m => $"you call {Format.Money(gap)} above the rep",
        < 0m => $"you call {Format.Money(-gap)} below the rep",
        _ => "none",
    };

    private static string Mix(decimal won, CallFigures crm)
    {
        if (crm.Pipeline <= 0m)
        {
            return "nothing in the period";
        }

        var parts = new (string Name, decimal Value)[]
        {
            ("won", won),
            ("commit", crm.Commit - won),
            ("best case", crm.BestCase - crm.Commit),
            ("pipeline", crm.Pipeline - crm.BestCase),
        };
        return string.Join(", ", parts.Select(p => $"{p.Name} {Format.Percent(p.Value / crm.Pipeline)}"));
    }
}
