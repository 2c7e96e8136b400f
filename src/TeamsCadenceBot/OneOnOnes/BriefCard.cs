using System.Globalization;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.OneOnOnes.OneOnOneCardParts;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// The manager's prep brief: the rep's answers, open and missed commitments, the completion rate, and from the
/// imported deals the pipeline changes since the last 1:1, hygiene flags and a coaching suggestion. A section
/// without data is left out rather than shown empty or guessed.
/// </summary>
internal static class BriefCard
{
    public static AdaptiveCard Build(
        OneOnOneView view,
        CardViewer viewer,
        IReadOnlyList<Commitment> pending,
        double? completionRate,
        BriefPipeline pipeline) =>
        Fitted(cap => Render(
            Shortened(view, cap),
            viewer,
            [.. pending.Select(c => Shortened(c, cap))],
            completionRate,
            pipeline));

    private static AdaptiveCard Render(
        OneOnOneView view,
        CardViewer viewer,
        IReadOnlyList<Commitment> pending,
        double? completionRate,
        BriefPipeline pipeline)
    {
        var occurrence = view.Occurrence;
        var rep = view.Rep.DisplayName;
        var heading = $"Prep brief: your 1:1 with {rep}";
        var body = new List<CardElement>(Banner(viewer))
        {
            Heading(heading),
            new TextBlock($"{When(occurrence.StartsAt, viewer)}, {Minutes(occurrence.Length)}."),
        };
        if (occurrence.Prep is null)
        {
            body.Add(Subtle($"{rep} has not answered the prep prompt yet; this brief updates when they do."));
        }
        else
        {
            body.AddRange(PrepCards.Answers(occurrence.Prep));
        }

        var missed = pending.Where(c => c.State == CommitmentState.Missed).Take(OneOnOneLimits.Items).ToList();
        if (missed.Count > 0)
        {
            body.Add(new Container(
            [
                new TextBlock($"Missed commitments ({missed.Count})") { Weight = "Bolder", Color = "Attention" },
                new FactSet([.. missed.Select(c => new Fact(LocalFormat.Day(c.DueAt, viewer.Zone), c.Text))]),
            ])
            {
                Style = "attention",
                Separator = true,
                Spacing = "Medium",
            });
        }

        var open = pending.Where(c => c.IsPending).Take(OneOnOneLimits.Items).ToList();
        if (open.Count > 0)
        {
            body.Add(Section($"Open commitments ({open.Count})"));
            body.Add(new FactSet([.. open.Select(c => new Fact(
                LocalFormat.Day(c.DueAt, viewer.Zone),
                c.Text + (c.State == CommitmentState.Blocked ? $" (blocked: {c.BlockedReason})" : "")))]));
        }

        if (completionRate is { } rate)
        {
            body.Add(Section("Completion rate, last 90 days"));
            body.Add(new TextBlock(
                $"{rep} kept {Math.Round(rate * 100).ToString(CultureInfo.InvariantCulture)}% of the commitments that fell due."));
        }

        body.AddRange(BriefPipelineSections.Build(pipeline));
        return new AdaptiveCard { Body = body, Speak = heading };
    }
}
