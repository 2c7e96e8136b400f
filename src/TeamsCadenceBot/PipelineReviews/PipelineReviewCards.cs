using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// The review cards: a team page (a few reps, each with their worst flagged deals), a rep page (all of one
/// rep's flagged deals, paged), and the scheduled reminder; the team's numbers are in <see cref="TeamNumbersCard"/>.
/// Pages keep every card far under Teams' size limit whatever the size of the pipeline: the biggest page is
/// measured in the tests.
/// </summary>
internal static class PipelineReviewCards
{
    /// <summary>Reps on one page of the team card.</summary>
    public const int RepsPerPage = 8;

    /// <summary>Flagged deals shown per rep on the team card; the rest are one click away.</summary>
    public const int DealsPerRepOnTeamPage = 3;

    /// <summary>Flagged deals on one page of a rep's card.</summary>
    public const int DealsPerRepPage = 12;

    public static AdaptiveCard Team(PipelineReview review, int page)
    {
        var pages = PageCount(review.Reps.Count, RepsPerPage);
        page = Math.Clamp(page, 0, pages - 1);
        var openCount = review.Reps.Sum(r => r.Summary.OpenCount);
        var flagged = review.Reps.Sum(r => r.Summary.FlaggedCount);
        var body = new List<CardElement>
        {
            Heading($"Pipeline review: {review.ManagerName}'s team"),
            Subtle($"{Format.Date(review.Today)} · {review.Reps.Count} reps · {openCount} open deals worth "
                + $"{Format.Money(review.Reps.Sum(r => r.Summary.OpenValue))} · {flagged} flagged"),
            new Container([
                new TextBlock("Team checks") { Weight = "Bolder" },
                .. review.TeamChecks.Select(c => StatusLine(c.Status, c.Name, c.Text)),
                Subtle(MetricsLine(review)),
            ])
            { Separator = true, Spacing = "Medium" },
        };

        foreach (var rep in review.Reps.Skip(page * RepsPerPage).Take(RepsPerPage))
        {
            body.Add(RepSection(review, rep));
        }

        var actions = new List<CardAction>();
        if (pages > 1)
        {
            var first = page * RepsPerPage + 1;
            var last = Math.Min(review.Reps.Count, first + RepsPerPage - 1);
            body.Add(Subtle($"Reps {first} to {last} of {review.Reps.Count}, worst first."));
            AddPaging(actions, page, pages, p => new TeamPageData(review.ManagerId, p), PipelineReviewVerbs.Page);
        }

        actions.Add(new ExecuteAction(PipelineReviewVerbs.Numbers)
        {
            Title = "Team numbers",
            Data = new TeamPageData(review.ManagerId, 0),
        });
        return Card(body, actions, $"Pipeline review of {review.ManagerName}'s team");
    }

    public static AdaptiveCard Rep(PipelineReview review, int page)
    {
        var rep = review.Reps[0];
        var pages = PageCount(rep.Flagged.Count, DealsPerRepPage);
        page = Math.Clamp(page, 0, pages - 1);
        var body = new List<CardElement>
        {
            Heading($"Pipeline review: {rep.RepName}"),
            Subtle($"{Format.Date(review.Today)} · {rep.Summary.OpenCount} open deals worth "
                + $"{Format.Money(rep.Summary.OpenValue)} · {rep.Summary.FlaggedCount} flagged worth "
                + Format.Money(rep.Summary.FlaggedValue)),
            StatusLine(rep.Summary.Status, rep.RepName, rep.Summary.Reason),
        };
        if (rep.Flagged.Count == 0)
        {
            body.Add(new TextBlock("No flagged deals.") { Spacing = "Medium" });
        }

        foreach (var deal in rep.Flagged.Skip(page * DealsPerRepPage).Take(DealsPerRepPage))
        {
            body.Add(DealBlock(review, deal));
        }

        var actions = new List<CardAction>();
        if (pages > 1)
        {
            var first = page * DealsPerRepPage + 1;
            var last = Math.Min(rep.Flagged.Count, first + DealsPerRepPage - 1);
            body.Add(Subtle($"Flagged deals {first} to {last} of {rep.Flagged.Count}, most pressing first."));
            AddPaging(actions, page, pages, p => new RepPageData(rep.RepId, p), PipelineReviewVerbs.Rep);
        }

        actions.Add(new ExecuteAction(PipelineReviewVerbs.Page)
        {
            Title = $"{review.ManagerName}'s team",
            Data = new TeamPageData(review.ManagerId, 0),
        });
        return Card(body, actions, $"Pipeline review of {rep.RepName}");
    }

    /// <summary>The scheduled reminder, with a button that runs the review in place.</summary>
    public static AdaptiveCard Reminder(string managerId, string managerName, string when) =>
        Card(
            [
                Heading("Pipeline review time"),
                new TextBlock($"{managerName}'s team reviews its pipeline {when}. Run the review to see each rep's "
                    + "flagged deals, the team checks, and to turn flagged deals into recovery plans."),
            ],
            [
                new ExecuteAction(PipelineReviewVerbs.Page)
                {
                    Title = "Run the review",
                    Style = "positive",
                    Data = new TeamPageData(managerId, 0),
                },
            ],
            "Pipeline review time");

    private static Container RepSection(PipelineReview review, RepReview rep)
    {
        var summary = rep.Summary;
        var items = new List<CardElement>
        {
            StatusLine(
                summary.Status,
                rep.RepName,
                $"{summary.OpenCount} open, {Format.Money(summary.OpenValue)} · {summary.FlaggedCount} flagged, "
                + $"{Format.Money(summary.FlaggedValue)}. {summary.Reason}"),
        };
        items.AddRange(rep.Flagged.Take(DealsPerRepOnTeamPage).Select(d => DealBlock(review, d)));
        var more = rep.Flagged.Count - DealsPerRepOnTeamPage;
        if (more > 0)
        {
            items.Add(Subtle($"And {more} more flagged deal{(more == 1 ? "" : "s")}."));
        }

        items.Add(new ActionSet([new ExecuteAction(PipelineReviewVerbs.Rep)
        {
            Title = $"Open {rep.RepName}'s review",
            Data = new RepPageData(rep.RepId, 0),
        }]));
        return new Container(items) { Separator = true, Spacing = "Large" };
    }

    private static Container DealBlock(PipelineReview review, ReviewedDeal reviewed)
    {
        var deal = reviewed.Deal;
        var facts = new List<string> { Format.Stage(deal.Stage) };
        facts.Add(deal.Amount is { } amount ? Format.Money(amount) : "no amount");
        facts.Add(deal.CloseDate is { } close ? "closes " + Format.Date(close) : "no close date");
        var items = new List<CardElement>
        {
            new TextBlock($"**{Format.Short(deal.Name)}** · {string.Join(" · ", facts)}"),
            new TextBlock(string.Join("\n", reviewed.Flags.Select(f => "- " + f.Reason)))
            {
                Spacing = "None",
                Color = reviewed.IsCritical ? "Attention" : "Warning",
            },
        };
        if (reviewed.ScorecardGaps.Count > 0 && reviewed.Flags.All(f => f.Kind != DealFlagKind.ActionPlanRequired))
        {
            items.Add(Subtle("Scorecard gaps: " + string.Join(", ", reviewed.ScorecardGaps)) with { Spacing = "None" });
        }

        items.Add(new ActionSet([RecoverAction(review, reviewed)]));
        return new Container(items) { Spacing = "Medium" };
    }

    private static ShowCardAction RecoverAction(PipelineReview review, ReviewedDeal reviewed)
    {
        var deal = reviewed.Deal;
        var (action, doneWhen) = RecoveryPlan.Suggest(reviewed);
        var latest = Format.IsoDate(review.Today.AddDays(RecoveryPlan.MaxDaysAhead));
        return new ShowCardAction(new AdaptiveCard
        {
            Body =
            [
                new TextInput
                {
                    Id = PipelineReviewVerbs.TextInput(deal.CrmId),
                    Label = "Recovery action for the deal owner",
                    Value = action,
                    IsRequired = true,
                    MaxLength = 300,
                    ErrorMessage = "Say what will be done.",
                },
                new TextInput
                {
                    Id = PipelineReviewVerbs.DoneWhenInput(deal.CrmId),
                    Label = "Done when",
                    Value = doneWhen,
                    MaxLength = 200,
                },
                new DateInput
                {
                    Id = PipelineReviewVerbs.DueInput(deal.CrmId),
                    Label = $"Due (at most {RecoveryPlan.MaxDaysAhead} days)",
                    Value = latest,
                    Min = Format.IsoDate(review.Today),
                    Max = latest,
                    IsRequired = true,
                    ErrorMessage = "Pick a date within a week.",
                },
            ],
            Actions =
            [
                new ExecuteAction(PipelineReviewVerbs.Recover)
                {
                    Title = "Record the plan",
                    Data = new RecoverData(deal.CrmId, deal.OwnerId, Format.Short(deal.Name), review.Reference),
                    AssociatedInputs = "auto",
                },
            ],
        })
        { Title = "Plan recovery" };
    }

    private static string MetricsLine(PipelineReview review)
    {
        var m = review.Metrics;
        var winRate = m.WinRate is { } w
            ? $"win rate {Format.Percent(w)} ({m.WonCount} won, {m.LostCount} lost in "
                + $"{review.Thresholds.MetricsLookbackDays} days)"
            : "win rate: not enough data";
        var cycle = m.CycleDays is { } c ? $"sales cycle {Math.Round(c)} days" : "sales cycle: not enough data";
        var velocity = m.Velocity is { } v ? $"velocity {Format.Money(v)} a day" : "velocity: not enough data";
        var coverage = m.Coverage is { } cov ? $" · coverage {Format.Multiple(cov)}" : "";
        return $"{Capitalize(winRate)} · {cycle} · {velocity}{coverage}";
    }

    private static ColumnSet StatusLine(RagStatus status, string label, string text) =>
        new([
            new Column([new TextBlock(StatusWord(status)) { Weight = "Bolder", Color = StatusColor(status) }])
            {
                Width = "70px",
            },
            new Column([new TextBlock($"**{label}**: {text}")]) { Width = "stretch" },
        ])
        { Spacing = "Small" };

    internal static void AddPaging<T>(List<CardAction> actions, int page, int pages, Func<int, T> data, string verb)
    {
        if (page > 0)
        {
            actions.Add(new ExecuteAction(verb) { Title = "Previous page", Data = data(page - 1) });
        }

        if (page < pages - 1)
        {
            actions.Add(new ExecuteAction(verb) { Title = "Next page", Data = data(page + 1) });
        }
    }

    internal static AdaptiveCard Card(List<CardElement> body, List<CardAction> actions, string speak) =>
        new()
        {
            Body = body,
            Actions = actions.Count == 0 ? null : actions,
            Speak = speak,
            Teams = new TeamsCardSettings("Full"),
        };

    internal static TextBlock Heading(string text) =>
        new(text) { Size = "Medium", Weight = "Bolder", Style = "heading" };

    internal static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Size = "Small" };

    internal static int PageCount(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    internal static string StatusWord(RagStatus status) => status switch
    {
        RagStatus.Red => "RED",
        RagStatus.Yellow => "YELLOW",
        RagStatus.Green => "GREEN",
        _ => "NO DATA",
    };

    internal static string StatusColor(RagStatus status) => status switch
    {
        RagStatus.Red => "Attention",
        RagStatus.Yellow => "Warning",
        RagStatus.Green => "Good",
        _ => "Default",
    };

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
