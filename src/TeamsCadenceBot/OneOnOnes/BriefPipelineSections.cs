using System.Globalization;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.OneOnOnes.OneOnOneCardParts;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// The brief's pipeline sections: changes since the last 1:1, hygiene flags and the coaching suggestion, each
/// left out when it has nothing to show. Long lists are cut, saying how many were left out, to keep the card small.
/// </summary>
internal static class BriefPipelineSections
{
    public const int MaxChanges = 20;
    public const int MaxFlaggedDeals = 10;
    private const int NameLength = 80;

    public static IEnumerable<CardElement> Build(BriefPipeline pipeline)
    {
        if (pipeline.Changes.Count > 0)
        {
            var since = Format.Date(pipeline.Since);
            yield return Section(pipeline.SinceLastOneOnOne
                ? $"Pipeline since the last 1:1 ({since})"
                : $"Pipeline since {since} (no earlier 1:1)");
            yield return new FactSet([.. pipeline.Changes
                .Take(MaxChanges)
                .Select(c => new Fact(KindName(c.Kind), Describe(c)))]);
            if (More(pipeline.Changes.Count, MaxChanges, "changes") is { } more)
            {
                yield return more;
            }
        }

        if (pipeline.Flagged.Count > 0)
        {
            yield return Section($"Hygiene flags ({Count(pipeline.Flagged.Count, "deal")})");
            foreach (var reviewed in pipeline.Flagged.Take(MaxFlaggedDeals))
            {
                yield return Flagged(reviewed);
            }

            if (More(pipeline.Flagged.Count, MaxFlaggedDeals, "flagged deals") is { } more)
            {
                yield return more;
            }
        }

        if (pipeline.Coaching is { } coaching)
        {
            yield return Section("Coaching suggestion");
            yield return new TextBlock(coaching.Text);
        }
    }

    public static string KindName(PipelineChangeKind kind) => kind switch
    {
        PipelineChangeKind.New => "New",
        PipelineChangeKind.Advanced => "Advanced",
        PipelineChangeKind.MovedBack => "Moved back",
        PipelineChangeKind.Slipped => "Slipped",
        PipelineChangeKind.Won => "Won",
        _ => "Lost",
    };

    // The change's own sentence starts with the deal's name as the CRM has it; a long name is cut here.
    private static string Describe(PipelineChange change)
    {
        var name = change.Deal.Name;
        var rest = change.Text.StartsWith(name + ":", StringComparison.Ordinal)
            ? change.Text[(name.Length + 1)..]
            : " " + change.Text;
        return Name(name) + ":" + rest;
    }

    private static Container Flagged(ReviewedDeal reviewed)
    {
        var deal = reviewed.Deal;
        var amount = deal.Amount is { } a ? ", " + Format.Money(a) : "";
        return new Container(
        [
            new TextBlock($"{Name(deal.Name)} ({Format.Stage(deal.Stage)}{amount})")
            {
                Weight = "Bolder",
                Color = reviewed.IsCritical ? "Attention" : null,
            },
            Bullets(reviewed.Flags.Select(f => f.Reason)),
        ])
        {
            Spacing = "Small",
        };
    }

    private static string Name(string name) => Format.Short(name.ReplaceLineEndings(" "), NameLength);

    private static TextBlock? More(int count, int shown, string what) =>
        count > shown ? Subtle($"And {(count - shown).ToString(CultureInfo.InvariantCulture)} more {what}.") : null;

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
