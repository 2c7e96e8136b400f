using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.ForecastCalls.ForecastCardParts;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// A rep's own view: their numbers, their last calls, their deals by category, and the form to submit a call
/// per category with evidence for each commit deal. Only the rep's own numbers appear.
/// </summary>
internal static class RepForecastCard
{
    // Enough for the longest realistic list; a card of more would pass Teams' size limit.
    private const int DealsShown = 40;

    public static AdaptiveCard Build(
        TeamForecast team,
        RepForecast rep,
        ForecastCardData call,
        bool open,
        CardRefresh? refresh,
        string? notice = null)
    {
        var heading = $"Your forecast call: {team.Period.Label}";
        var body = new List<CardElement> { Heading(heading), Subtle($"{team.ManagerName}'s team") };
        if (notice is not null)
        {
            body.Add(Notice(notice));
        }

        body.Add(new FactSet(
        [
            new Fact("Quota", rep.Rollup.Quota is { } quota ? Format.Money(quota) : "no quota set"),
            new Fact("Closed won", Format.Money(rep.Rollup.ClosedWon)),
            new Fact("In the CRM", Figures(rep.Rollup.Crm)),
            new Fact("Coverage", Coverage(rep.Coverage, team.Thresholds)),
            new Fact("Your call", rep.Submission is { } s
                ? Figures(s.Figures) + Change(rep.CommitChange) + ", "
                    + Format.Date(DateOnly.FromDateTime(s.At.UtcDateTime))
                : "not submitted yet"),
        ]));
        body.AddRange(Deals(rep));
        if (!open)
        {
            body.Add(Subtle($"{team.Period.Label} has closed: calls can no longer change."));
            return Card(body, heading, refresh, null);
        }

        var commitDeals = rep.Rollup.CommitDeals.Take(DealsShown).ToList();
        body.AddRange(Form(rep, commitDeals));
        var submit = new ExecuteAction(ForecastVerbs.Submit)
        {
            Title = "Submit my call",
            Style = "positive",
            Data = new SubmitData(call.ManagerId, call.Period, call.CallId, [.. commitDeals.Select(d => d.CrmId)]),
        };
        return Card(body, heading, refresh, [submit]);
    }

    private static IEnumerable<CardElement> Deals(RepForecast rep)
    {
        ForecastCategory[] order = [ForecastCategory.Commit, ForecastCategory.BestCase, ForecastCategory.Pipeline];
        foreach (var category in order)
        {
            var deals = rep.Rollup.OpenDeals
                .Where(d => category == ForecastCategory.Commit
                    ? ForecastRollups.IsCommit(d.Category)
                    : d.Category == category)
                .ToList();
            var name = RiskRules.CategoryName(category);
            yield return Section($"{char.ToUpperInvariant(name[0])}{name[1..]}: {deals.Count} "
                + $"deal{(deals.Count == 1 ? "" : "s")}, {Format.Money(deals.Sum(d => d.Amount ?? 0m))}");
            if (deals.Count == 0)
            {
                continue;
            }

            var lines = deals.Take(DealsShown).Select(d => $"- {Format.Short(d.Name, 60)}: {Money(d.Amount)}, "
                + $"{Format.Stage(d.Stage)}, closes {Format.Date(d.CloseDate!.Value)}");
            var more = deals.Count > DealsShown ? $"\n- and {deals.Count - DealsShown} more" : "";
            yield return new TextBlock(string.Join('\n', lines) + more) { Spacing = "Small" };
        }
    }

    private static IEnumerable<CardElement> Form(RepForecast rep, List<Deal> commitDeals)
    {
        var start = rep.Submission?.Figures ?? rep.Rollup.Crm;
        yield return Section("Your call (each category includes the one above it, and commit what is already won)");
        yield return Amount(ForecastVerbs.CommitInput, "Commit", start.Commit);
        yield return Amount(ForecastVerbs.BestCaseInput, "Best case", start.BestCase);
        yield return Amount(ForecastVerbs.PipelineInput, "Pipeline", start.Pipeline);
        if (commitDeals.Count == 0)
        {
            yield break;
        }

        yield return Section("Evidence for each commit deal: at least one of these");
        var before = (rep.Submission?.Evidence ?? []).ToDictionary(e => e.CrmId, StringComparer.Ordinal);
        for (var i = 0; i < commitDeals.Count; i++)
        {
            var deal = commitDeals[i];
            var given = before.GetValueOrDefault(deal.CrmId);
            yield return new Container(
            [
                new TextBlock($"{Format.Short(deal.Name, 60)} ({Money(deal.Amount)})") { Weight = "Bolder" },
                new ColumnSet(
                [
                    new Column([Toggle(ForecastVerbs.PaperInput(i), "Signed paper", given?.SignedPaper)])
                    {
                        Width = "auto",
                    },
                    new Column([Toggle(ForecastVerbs.BudgetInput(i), "Budget approved", given?.BudgetApproved)])
                    {
                        Width = "auto",
                    },
                    new Column(
                    [
                        new DateInput
                        {
                            Id = ForecastVerbs.MeetingInput(i),
                            Label = "Decision meeting",
                            Value = given?.DecisionMeeting is { } d ? Format.IsoDate(d) : null,
                        },
                    ])
                    {
                        Width = "stretch",
                    },
                ]),
            ])
            {
                Spacing = "Small",
            };
        }
    }

    private static NumberInput Amount(string id, string label, decimal value) => new()
    {
        Id = id,
        Label = label,
        Value = (double)value,
        Min = 0,
        IsRequired = true,
        ErrorMessage = $"Give your {label.ToLowerInvariant()} as an amount, 0 or more.",
    };

    private static ToggleInput Toggle(string id, string title, bool? value) =>
        new(title) { Id = id, Value = value == true ? "true" : "false" };
}
