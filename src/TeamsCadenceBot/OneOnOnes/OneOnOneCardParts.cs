using System.Globalization;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>The pieces every 1:1 card shares: headings, the stand-in banner, times and item lines.</summary>
internal static class OneOnOneCardParts
{
    /// <summary>The most a card shows of a blocked item's reason (typed in chat, where nothing limits it).</summary>
    public const int ReasonLength = 500;

    // The most characters any one free text of a 1:1 card shows, tried in turn until the card fits in a Teams
    // message: first each field's own limit, then less, for a 1:1 whose every field is full of text that takes
    // several bytes a character (CJK, emoji).
    private static readonly int[] TextCaps = [int.MaxValue, 150, 80, 40];

    public static TextBlock Heading(string text, string? color = null) =>
        new(text) { Size = "Medium", Weight = "Bolder", Style = "heading", Color = color };

    public static TextBlock Section(string text) =>
        new(text) { Weight = "Bolder", Separator = true, Spacing = "Medium" };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true };

    public static TextBlock Bullets(IEnumerable<string> lines) => new(string.Join('\n', lines.Select(l => "- " + OneLine(l))));

    /// <summary>On a stand-in's copy: whose card this is, so the demo user knows which seat they act from.</summary>
    public static IEnumerable<CardElement> Banner(CardViewer viewer)
    {
        if (viewer.AsName is { } name)
        {
            yield return new Container([new TextBlock($"As {name}: this copy is what {name} sees (demo).") { Weight = "Bolder" }])
            {
                Style = "accent",
            };
        }
    }

    public static string When(DateTimeOffset instant, CardViewer viewer) =>
        LocalFormat.DayAndTime(instant, viewer.Zone) + (viewer.ShowZoneName ? $" ({viewer.Zone.Id})" : "");

    public static string Minutes(TimeSpan length) =>
        ((int)Math.Round(length.TotalMinutes)).ToString(CultureInfo.InvariantCulture) + " min";

    public static string StateText(Commitment item) => item.State switch
    {
        CommitmentState.Missed => "Missed",
        CommitmentState.Done => "Done",
        CommitmentState.Blocked => "Blocked",
        CommitmentState.Rescheduled => "Moved",
        _ => "Open",
    };

    /// <summary>
    /// An item as one fact: its state, then what, when and whose. Its texts are cut beforehand, with the card's
    /// (<see cref="Shortened(Commitment, int)"/>): commitments typed in chat have no limit.
    /// </summary>
    public static Fact ItemFact(Commitment item, OneOnOneView view, CardViewer viewer) =>
        new(
            StateText(item),
            $"{OneLine(item.Text)} (due {LocalFormat.Day(item.DueAt, viewer.Zone)}, {view.OwnerNames(item)})");

    /// <summary>An item with its owner, due time and success criterion.</summary>
    public static Container ItemDetail(Commitment item, OneOnOneView view, CardViewer viewer)
    {
        var facts = new List<Fact>
        {
            new("Owner", view.OwnerNames(item)),
            new("Due", When(item.DueAt, viewer)),
        };
        if (item.SuccessCriterion is { } criterion)
        {
            facts.Add(new Fact("Done when", criterion));
        }

        return new Container([new TextBlock(item.Text) { Weight = "Bolder" }, new FactSet(facts)])
        {
            Spacing = "Small",
        };
    }

    /// <summary>
    /// Builds a card with each free text cut to the caps in turn, and returns the first that fits in a Teams
    /// message (or, failing all, the one with the shortest texts).
    /// </summary>
    /// <param name="build">Builds the card with no free text longer than the cap it is given.</param>
    public static AdaptiveCard Fitted(Func<int, AdaptiveCard> build) => CardSize.FirstThatFits(TextCaps, build);

    /// <summary>The view with every free text cut to its field's limit and to <paramref name="cap"/>.</summary>
    public static OneOnOneView Shortened(OneOnOneView view, int cap)
    {
        var occurrence = view.Occurrence;
        var prep = occurrence.Prep is { } answers
            ? answers with
            {
                Priorities = [.. answers.Priorities.Select(p => Cut(p, OneOnOneLimits.PriorityLength, cap))],
                Deals = [.. answers.Deals.Select(d => Cut(d, OneOnOneLimits.DealLength, cap))],
                OtherTopics = answers.OtherTopics is { } other
                    ? Cut(other, OneOnOneLimits.OtherTopicsLength, cap)
                    : null,
            }
            : null;
        return view with
        {
            Occurrence = occurrence with
            {
                Prep = prep,
                Topics = [.. occurrence.Topics.Select(t => Shortened(t, cap))],
                Decisions = [.. occurrence.Decisions.Select(d => Shortened(d, cap))],
            },
            Items = [.. view.Items.Select(i => Shortened(i, cap))],
            PreviousItems = [.. view.PreviousItems.Select(i => Shortened(i, cap))],
        };
    }

    /// <summary>
    /// The item with its text, criterion and blocked reason cut to their limits and to <paramref name="cap"/>.
    /// </summary>
    public static Commitment Shortened(Commitment item, int cap) => item with
    {
        Text = Cut(item.Text, OneOnOneLimits.ItemTextLength, cap),
        SuccessCriterion = item.SuccessCriterion is { } criterion
            ? Cut(criterion, OneOnOneLimits.CriterionLength, cap)
            : null,
        BlockedReason = item.BlockedReason is { } reason ? Cut(reason, ReasonLength, cap) : null,
    };

    /// <summary>
    /// A card shown by an <c>Action.ShowCard</c>: part of its parent, so it carries no <c>$schema</c> or
    /// <c>version</c> of its own, which the official parser refuses on a nested card.
    /// </summary>
    public static AdaptiveCard Nested(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction> actions) =>
        new() { Schema = null!, Version = null!, Body = body, Actions = actions };

    public static OneOnOneActionData Data(OneOnOneOccurrence occurrence, CardViewer viewer) =>
        new(Occurrence: occurrence.Id, As: viewer.AsPersonId);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static AgendaTopic Shortened(AgendaTopic topic, int cap) =>
        topic with { Text = Cut(topic.Text, OneOnOneLimits.TopicLength, cap) };

    private static string Cut(string text, int limit, int cap) => CardText.Shorten(text, Math.Min(limit, cap));
}
