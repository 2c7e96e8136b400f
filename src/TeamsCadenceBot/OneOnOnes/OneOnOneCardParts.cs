using System.Globalization;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>The pieces every 1:1 card shares: headings, the stand-in banner, times and item lines.</summary>
internal static class OneOnOneCardParts
{
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

    /// <summary>An item as one fact: its state, then what, when and whose.</summary>
    public static Fact ItemFact(Commitment item, OneOnOneView view, CardViewer viewer) =>
        new(StateText(item), $"{OneLine(item.Text)} (due {LocalFormat.Day(item.DueAt, viewer.Zone)}, {view.OwnerNames(item)})");

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

        return new Container([new TextBlock(item.Text) { Weight = "Bolder" }, new FactSet(facts)]) { Spacing = "Small" };
    }

    /// <summary>
    /// A card shown by an <c>Action.ShowCard</c>: part of its parent, so it carries no <c>$schema</c> or
    /// <c>version</c> of its own, which the official parser refuses on a nested card.
    /// </summary>
    public static AdaptiveCard Nested(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction> actions) =>
        new() { Schema = null!, Version = null!, Body = body, Actions = actions };

    public static OneOnOneActionData Data(OneOnOneOccurrence occurrence, CardViewer viewer) =>
        new(Occurrence: occurrence.Id, As: viewer.AsPersonId);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
