using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.Teams.Cards.CardText;

namespace TeamsCadenceBot.Commitments;

/// <summary>The cards of commitments: reminders, the due card, the list and the manager's digest.</summary>
internal static class CommitmentCards
{
    /// <summary>The most items one list card shows, so that it stays far under Teams' size limit.</summary>
    public const int MaxListed = 25;

    /// <summary>The most missed items the digest shows over all reps.</summary>
    public const int MaxDigestItems = 60;

    // What a card shows of an item's free texts: typed commitments have no length limit, a card has one.
    private const int ShownTextLength = 300;
    private const int ShownReasonLength = 500;
    private const int ShownNameLength = 100;

    // How many fewer items the digest tries each time its card comes out too big for Teams.
    private const int DigestCapStep = 5;

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

    /// <summary>
    /// A person's pending and missed items, each with its actions: the <see cref="MaxListed"/> most urgent, fewer
    /// when their texts are so long (or in a script that takes 3 bytes a character) that more would not fit in a
    /// Teams message, and a line saying how many more there are.
    /// </summary>
    public static AdaptiveCard List(string heading, IReadOnlyList<CommitmentView> views)
    {
        var most = Math.Max(1, Math.Min(views.Count, MaxListed));
        return CardSize.FirstThatFits(Enumerable.Range(1, most).Reverse(), shown => List(heading, views, shown));
    }

    /// <summary>
    /// The manager's daily digest: each rep's missed items, in one card. It shows at most
    /// <see cref="MaxDigestItems"/> items over all reps, shared out a round at a time so one rep's long list does
    /// not crowd out the others, and fewer when the texts would not fit in a Teams message; a last line says how
    /// many more there are and where they can be seen.
    /// </summary>
    public static AdaptiveCard Digest(
        string heading,
        IReadOnlyList<(string RepName, IReadOnlyList<CommitmentView> Missed)> reps)
    {
        var caps = Enumerable.Range(1, MaxDigestItems / DigestCapStep).Select(i => i * DigestCapStep).Reverse();
        return CardSize.FirstThatFits(caps, cap => Digest(heading, reps, cap));
    }

    /// <summary>
    /// How many of each rep's items the digest shows: one a round to each rep who has more (up to
    /// <see cref="MaxListed"/> each) until <paramref name="cap"/> are shared out.
    /// </summary>
    public static int[] DigestShares(IReadOnlyList<int> counts, int cap)
    {
        var shares = new int[counts.Count];
        var left = cap;
        for (var gave = true; gave && left > 0;)
        {
            gave = false;
            for (var i = 0; i < counts.Count && left > 0; i++)
            {
                if (shares[i] < Math.Min(counts[i], MaxListed))
                {
                    shares[i]++;
                    left--;
                    gave = true;
                }
            }
        }

        return shares;
    }

    private static AdaptiveCard List(string heading, IReadOnlyList<CommitmentView> views, int shown)
    {
        var body = new List<CardElement> { Heading(heading) };
        if (views.Count == 0)
        {
            body.Add(new TextBlock("You have no open or missed commitments. To add one, type: " + CommitmentText.Example)
            {
                IsSubtle = true,
            });
        }

        foreach (var view in views.Take(shown))
        {
            body.Add(new Container([.. Describe(view), new ActionSet(Actions(view))])
            {
                Separator = true,
                Spacing = "Medium",
                Style = view.Item.State == CommitmentState.Missed ? "attention" : null,
            });
        }

        if (views.Count > shown)
        {
            body.Add(new TextBlock(
                $"{views.Count - shown} more not shown (the {shown} most urgent are above): close or move some "
                + "of these, then type **my commitments** again.")
            {
                IsSubtle = true,
            });
        }

        return new AdaptiveCard { Body = body, Speak = heading };
    }

    private static AdaptiveCard Digest(
        string heading,
        IReadOnlyList<(string RepName, IReadOnlyList<CommitmentView> Missed)> reps,
        int cap)
    {
        var body = new List<CardElement>
        {
            Heading(heading),
            new TextBlock("Missed commitments of your team since yesterday's digest. They open the next 1:1 agenda.")
            {
                IsSubtle = true,
            },
        };
        var shares = DigestShares([.. reps.Select(r => r.Missed.Count)], cap);
        for (var i = 0; i < reps.Count; i++)
        {
            var (repName, missed) = reps[i];
            if (shares[i] == 0)
            {
                continue;
            }

            var count = shares[i] < missed.Count
                ? $"{missed.Count} missed, {shares[i]} shown"
                : $"{missed.Count} missed";
            body.Add(new TextBlock($"{Shorten(repName, ShownNameLength)}: {count}")
            {
                Weight = "Bolder",
                Separator = true,
                Spacing = "Medium",
            });
            body.Add(new FactSet([.. missed.Take(shares[i]).Select(v => new Fact(
                LocalFormat.Day(v.Item.DueAt, v.ViewerZone),
                Shorten(v.Item.Text, ShownTextLength)
                    + (v.Item.RescheduleCount > 0 ? $" (moved {v.Item.RescheduleCount}x)" : "")))]));
        }

        var notShown = reps.Sum(r => r.Missed.Count) - shares.Sum();
        if (notShown > 0)
        {
            var repsNotListed = shares.Count(s => s == 0);
            var whose = repsNotListed > 0 ? $" (with {repsNotListed} reps not listed above)" : "";
            body.Add(new TextBlock(
                $"{notShown} more missed not shown{whose}, to keep this card within Teams' size: each rep sees "
                + "theirs with **my commitments**, and your next 1:1 with each rep opens with them.")
            {
                IsSubtle = true,
                Separator = true,
            });
        }

        return new AdaptiveCard { Body = body, Speak = heading };
    }

    private static AdaptiveCard Single(string heading, string color, CommitmentView view, bool withActions) =>
        new()
        {
            Body = [Heading(heading, color), .. Describe(view)],
            Actions = withActions ? Actions(view) : null,
            Speak = heading + ": " + Shorten(view.Item.Text, ShownTextLength),
        };

    private static TextBlock Heading(string text, string? color = null) =>
        new(text) { Size = "Medium", Weight = "Bolder", Style = "heading", Color = color };

    private static IEnumerable<CardElement> Describe(CommitmentView view)
    {
        var item = view.Item;
        yield return new TextBlock(Shorten(item.Text, ShownTextLength)) { Weight = "Bolder" };
        var facts = new List<Fact>
        {
            new("Due", LocalFormat.DayAndTime(item.DueAt, view.ViewerZone)),
            new("Owner", view.OwnerNames),
            new("State", StateText(item)),
        };
        if (!string.IsNullOrWhiteSpace(item.SuccessCriterion))
        {
            facts.Insert(1, new Fact("Done when", Shorten(item.SuccessCriterion, ShownTextLength)));
        }

        yield return new FactSet(facts);
    }

    private static string StateText(Commitment item) => item.State switch
    {
        CommitmentState.Blocked => "Blocked: " + Shorten(item.BlockedReason ?? "", ShownReasonLength),
        CommitmentState.Rescheduled => $"Moved {item.RescheduleCount}x",
        CommitmentState.Missed => "Missed",
        CommitmentState.Done => "Done",
        _ => "Open",
    };

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
