using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.OneOnOnes.OneOnOneCardParts;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// What both people get after a 1:1: what was covered, the decisions and every action item, with free texts cut
/// as on the agenda.
/// </summary>
internal static class SummaryCard
{
    public static AdaptiveCard Build(OneOnOneView view, CardViewer viewer) =>
        Fitted(cap => Render(Shortened(view, cap), viewer));

    private static AdaptiveCard Render(OneOnOneView view, CardViewer viewer)
    {
        var occurrence = view.Occurrence;
        var heading = $"1:1 summary: {view.Manager.DisplayName} and {view.Rep.DisplayName}";
        var body = new List<CardElement>(Banner(viewer))
        {
            Heading(heading),
            new TextBlock($"{When(occurrence.StartsAt, viewer)}, {Minutes(occurrence.Length)}."),
            Section("What was covered"),
        };
        var blocks = AgendaPlan.Build(
            occurrence.Length,
            view.PreviousItems.Count,
            occurrence.Prep,
            occurrence.Topics,
            view.Rep.DisplayName);
        body.Add(Bullets(blocks.Select(b => $"{b.Title} ({b.Minutes} min)")));
        var merged = blocks.SelectMany(b => b.Lines).ToList();
        if (merged.Count > 0)
        {
            body.Add(Bullets(merged));
        }

        if (occurrence.Decisions.Count > 0)
        {
            body.Add(Section("Decisions"));
            body.Add(Bullets(occurrence.Decisions.Select(d => d.Text)));
        }

        body.Add(Section($"Action items ({view.Items.Count})"));
        if (view.Items.Count == 0)
        {
            body.Add(Subtle("No action items were recorded."));
        }
        else
        {
            body.AddRange(view.Items.Take(OneOnOneLimits.Items).Select(i => ItemDetail(i, view, viewer)));
            body.Add(Subtle("I'll remind each owner the day before an item is due. The next 1:1's agenda opens with them."));
        }

        return new AdaptiveCard { Body = body, Speak = heading };
    }
}
