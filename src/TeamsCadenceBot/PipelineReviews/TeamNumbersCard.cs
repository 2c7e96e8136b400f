using System.Globalization;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.PipelineReviews.PipelineReviewCards;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// The "Team numbers" card of a team's review: win rate, sales cycle, velocity and open value per rep, per deal
/// size band and per lead source, one row each, paged so that any number of reps and sources stays small. Only a
/// rep's coverage of their own quota has a threshold, so only it has a light.
/// </summary>
internal static class TeamNumbersCard
{
    /// <summary>Segment rows on one page.</summary>
    public const int RowsPerPage = 30;

    private const int LabelLength = 40;

    public static AdaptiveCard Build(PipelineReview review, int page)
    {
        var rows = Rows(review.Numbers);
        var pages = PageCount(rows.Count, RowsPerPage);
        page = Math.Clamp(page, 0, pages - 1);
        var body = new List<CardElement>
        {
            Heading($"Team numbers: {review.ManagerName}'s team"),
            Subtle($"{Format.Date(review.Today)} · open deals now, and deals closed in the last "
                + $"{review.Thresholds.MetricsLookbackDays} days. Velocity is open deals x average won value x win "
                + "rate / cycle days. Lights only where a threshold is set: a rep's coverage of their own quota."),
        };

        string? section = null;
        foreach (var (kind, segment) in rows.Skip(page * RowsPerPage).Take(RowsPerPage))
        {
            if (kind != section)
            {
                section = kind;
                body.Add(new Container([new TextBlock(kind) { Weight = "Bolder" }, HeaderRow()])
                {
                    Separator = true,
                    Spacing = "Medium",
                });
            }

            body.Add(Row(segment));
        }

        if (rows.Count == 0)
        {
            body.Add(new TextBlock("No deals to count yet.") { Spacing = "Medium" });
        }

        var actions = new List<CardAction>();
        if (pages > 1)
        {
            var first = page * RowsPerPage + 1;
            var last = Math.Min(rows.Count, first + RowsPerPage - 1);
            body.Add(Subtle($"Rows {first} to {last} of {rows.Count}."));
            AddPaging(actions, page, pages, p => new TeamPageData(review.ManagerId, p), PipelineReviewVerbs.Numbers);
        }

        actions.Add(new ExecuteAction(PipelineReviewVerbs.Page)
        {
            Title = "Back to the review",
            Data = new TeamPageData(review.ManagerId, 0),
        });
        return Card(body, actions, $"Team numbers of {review.ManagerName}'s team");
    }

    private static List<(string Kind, SegmentNumbers Segment)> Rows(TeamNumbers numbers) =>
    [
        .. numbers.ByRep.Select(s => ("By rep", s)),
        .. numbers.BySize.Select(s => ("By deal size", s)),
        .. numbers.BySource.Select(s => ("By source", s)),
    ];

    private static ColumnSet HeaderRow() =>
        Columns(["Segment", "Open", "Win rate", "Cycle", "Velocity", "Coverage"], isHeader: true, coverage: null);

    private static ColumnSet Row(SegmentNumbers segment)
    {
        var m = segment.Metrics;
        string[] cells =
        [
            Format.Short(segment.Label.ReplaceLineEndings(" "), LabelLength),
            $"{Count(m.OpenCount)} · {Format.Money(m.OpenValue)}",
            m.WinRate is { } w ? $"{Format.Percent(w)} of {Count(m.WonCount + m.LostCount)}" : "-",
            m.CycleDays is { } c ? $"{Count((int)Math.Round(c))} days" : "-",
            m.Velocity is { } v ? $"{Format.Money(v)}/day" : "-",
            segment.Coverage is { } check ? StatusWord(check.Status) : "",
        ];
        return Columns(cells, isHeader: false, segment.Coverage?.Status);
    }

    private static ColumnSet Columns(string[] cells, bool isHeader, RagStatus? coverage)
    {
        var columns = cells.Select((text, i) => new Column([new TextBlock(text)
        {
            Size = "Small",
            IsSubtle = isHeader ? true : null,
            Weight = i == cells.Length - 1 && coverage is not null ? "Bolder" : null,
            Color = i == cells.Length - 1 && coverage is { } status ? StatusColor(status) : null,
        }])
        {
            Width = i == 0 ? "2" : "1",
        });
        return new ColumnSet([.. columns]) { Spacing = "None" };
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
