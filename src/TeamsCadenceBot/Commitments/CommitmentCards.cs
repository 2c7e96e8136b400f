using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Commitments;

/// <summary>The cards of commitments: reminders, the due card, the list and the manager's digest.</summary>
internal static class CommitmentCards
{
    /// <summary>The most items one list card shows, so that it stays far under Teams' size limit.</summary>
    public const int MaxListed = 25;

    // What a card shows of an item's free texts: typed commitments have no length limit, a card has one.
    private const int ShownTextLength = 300;
    private const int ShownReasonLength = 500;

    public static AdaptiveCard DayBefore(CommitmentView view) =>
        Single("Due tomorrow", "Good", view, withActions: true);

    public static AdaptiveCard DueNow(CommitmentView view) =>
        Single("Due now: is it done?", "Accent", view, withActions: true);

    public static AdaptiveCard Missed(CommitmentView view) =>
        Single("Missed: what happened?", "Attention", view, withActions: true);

    /// <summary>What the card turns into after an action, so the person sees the new state in place.</summary>
    public static AdaptiveCard Updated(CommitmentView view, string outcome) =>
        Single(outcome, view.Item.State == CommitmentState.Done ? "Good" : "Default", view, withActions: view.Item.IsPending || view.Item.State == CommitmentState.Missed);

    public static AdaptiveCard Created(CommitmentView view) =>
        Single("Commitment recorded", "Good", view, withActions: false);

    /// <summary>A person's pending and missed items, each with its actions.</summary>
    public static AdaptiveCard List(string heading, IReadOnlyList<CommitmentView> views)
    {
        var body = new List<CardElement> { Heading(heading) };
        if (views.Count == 0)
        {
            body.Add(new TextBlock("You have no open or missed commitments. To add one, type: " + CommitmentText.Example)
            {
                IsSubtle = true,
            });
        }

        foreach (var view in views.Take(MaxListed))
        {
            body.Add(new Container([.. Describe(view), new ActionSet(Actions(view))])
            {
                Separator = true,
                Spacing = "Medium",
                Style = view.Item.State == CommitmentState.Missed ? "attention" : null,
            });
        }

        if (views.Count > MaxListed)
        {
            body.Add(new TextBlock(
                $"{views.Count - MaxListed} more not shown (the {MaxListed} most urgent are above): close or move some "
                + "of these, then type **my commitments** again.")
            {
                IsSubtle = true,
            });
        }

        return new AdaptiveCard { Body = body, Speak = heading };
    }

    /// <summary>The manager's daily digest: each rep's missed items, in one card.</summary>
    public static AdaptiveCard Digest(string heading, IReadOnlyList<(string RepName, IReadOnlyList<CommitmentView> Missed)> reps)
    {
        var body = new List<CardElement>
        {
            Heading(heading),
            new TextBlock("Missed commitments of your team since yesterday's digest. They open the next 1:1 agenda.")
            {
                IsSubtle = true,
            },
        };
        foreach (var (repName, missed) in reps)
        {
            body.Add(new TextBlock($"{repName}: {missed.Count} missed") { Weight = "Bolder", Separator = true, Spacing = "Medium" });
            body.Add(new FactSet([.. missed.Take(MaxListed).Select(v => new Fact(
                LocalFormat.Day(v.Item.DueAt, v.ViewerZone),
                Clip(v.Item.Text, ShownTextLength) + (v.Item.RescheduleCount > 0 ? $" (moved {v.Item.RescheduleCount}x)" : "")))]));
        }

        return new AdaptiveCard { Body = body, Speak = heading };
    }

    private static AdaptiveCard Single(string heading, string color, CommitmentView view, bool withActions) =>
        new()
        {
            Body = [Heading(heading, color), .. Describe(view)],
            Actions = withActions ? Actions(view) : null,
            Speak = heading + ": " + Clip(view.Item.Text, ShownTextLength),
        };

    private static TextBlock Heading(string text, string? color = null) =>
        new(text) { Size = "Medium", Weight = "Bolder", Style = "heading", Color = color };

    private static IEnumerable<CardElement> Describe(CommitmentView view)
    {
        var item = view.Item;
        yield return new TextBlock(Clip(item.Text, ShownTextLength)) { Weight = "Bolder" };
        var facts = new List<Fact>
        {
            new("Due", LocalFormat.DayAndTime(item.DueAt, view.ViewerZone)),
            new("Owner", view.OwnerNames),
            new("State", StateText(item)),
        };
        if (!string.IsNullOrWhiteSpace(item.SuccessCriterion))
        {
            facts.Insert(1, new Fact("Done when", Clip(item.SuccessCriterion, ShownTextLength)));
        }

        yield return new FactSet(facts);
    }

    private static string StateText(Commitment item) => item.State switch
    {
        CommitmentState.Blocked => "Blocked: " + Clip(item.BlockedReason ?? "", ShownReasonLength),
        CommitmentState.Rescheduled => $"Moved {item.RescheduleCount}x",
        CommitmentState.Missed => "Missed",
        CommitmentState.Done => "Done",
        _ => "Open",
    };

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static List<CardAction> Actions(CommitmentView view)
    {
        var id = view.Item.Id;
        var data = new { id };
        return
        [
            new ExecuteAction(CommitmentVerbs.Done) { Title = "Done", Style = "positive", Data = data },
            new ShowCardAction(new AdaptiveCard
            {
                Body =
                [
                    new DateInput
                    {
                        Id = "newDate-" + id,
                        Label = "New due date",
                        IsRequired = true,
                        ErrorMessage = "Pick a date.",
                        Value = LocalFormat.InputDate(view.Item.DueAt.AddDays(7), view.ViewerZone),
                    },
                    new TimeInput
                    {
                        Id = "newTime-" + id,
                        Label = "Time",
                        Value = LocalFormat.InputTime(view.Item.DueAt, view.ViewerZone),
                    },
                ],
                Actions = [new ExecuteAction(CommitmentVerbs.Reschedule) { Title = "Move it", Data = data, AssociatedInputs = "auto" }],
            })
            { Title = "New date" },
            new ShowCardAction(new AdaptiveCard
            {
                Body =
                [
                    new TextInput
                    {
                        Id = "reason-" + id,
                        Label = "What blocks it?",
                        IsRequired = true,
                        IsMultiline = true,
                        MaxLength = 500,
                        ErrorMessage = "Say what blocks it.",
                    },
                ],
                Actions = [new ExecuteAction(CommitmentVerbs.Block) { Title = "Mark blocked", Data = data, AssociatedInputs = "auto" }],
            })
            { Title = "Blocked" },
        ];
    }
}
