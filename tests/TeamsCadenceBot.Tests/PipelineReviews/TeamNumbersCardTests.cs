using System.Globalization;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Cards;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

[Collection(OfficialCardParser.Collection)]
public sealed class TeamNumbersCardTests(OfficialCardParser parser)
{
    private static readonly ReviewedRep Manager = new("manager-1", "Megan Bowen");

    // 2,000 open deals and 400 closed ones over 40 reps with long names and 300 sources with long names.
    private static PipelineReview LargeReview()
    {
        var reps = Enumerable.Range(1, 40)
            .Select(i => new ReviewedRep(
                $"rep-{i:00}",
                string.Create(CultureInfo.InvariantCulture, $"Rep {i:00} Maximiliana Alexandrovna Featherstonehaugh")))
            .ToList();
        var deals = Enumerable.Range(0, 2_400).Select(i =>
        {
            var owner = reps[i % reps.Count].Id;
            var source = string.Create(
                CultureInfo.InvariantCulture,
                $"Partner referral programme EMEA wave {i % 300:000}");
            var id = string.Create(CultureInfo.InvariantCulture, $"d{i:0000}");
            var outcome = i % 3 == 0 ? DealStage.ClosedLost : DealStage.ClosedWon;
            return i < 2_000
                ? Healthy(id, owner, amount: 10_000m + i * 250m) with { Source = source }
                : Closed(id, outcome, 90_000m, Today.AddDays(-120), Today.AddDays(-5), owner, source);
        }).ToList();
        var quotas = reps.Take(20).ToDictionary(r => r.Id, _ => 2_000_000m);
        return PipelineReviewer.Review(Manager, reps, deals, [], Today, PipelineThresholds.Default, ReviewQuota.OfReps(quotas));
    }

    [Fact]
    public async Task Build_2000OpenDeals40RepsAnd300Sources_EveryPageValidUnder80KBAndEverySegmentOnce()
    {
        var review = LargeReview();
        var pages = new List<AdaptiveCard>();

        for (var page = 0; page == 0 || pages[^1].Actions!.Any(a => a.Title == "Next page"); page++)
        {
            pages.Add(TeamNumbersCard.Build(review, page));
        }

        foreach (var page in pages)
        {
            await CardAssert.IsValidForTeamsAsync(parser, page);
        }

        var rows = 40 + 3 + 300;
        Assert.Equal((rows + TeamNumbersCard.RowsPerPage - 1) / TeamNumbersCard.RowsPerPage, pages.Count);
        var texts = pages.SelectMany(CardWalk.Texts).ToList();
        Assert.Equal(40, texts.Count(t => t.StartsWith("Rep ", StringComparison.Ordinal)));
        Assert.Equal(300, texts.Distinct().Count(t => t.StartsWith("Partner referral", StringComparison.Ordinal)));
        Assert.Equal(300, texts.Count(t => t.StartsWith("Partner referral", StringComparison.Ordinal)));
        Assert.Contains(DealSizeBands.Small, texts);
        Assert.Equal(20, texts.Count(t => t is "RED" or "YELLOW" or "GREEN"));
        Assert.All(pages, p => Assert.Equal("Team numbers: Megan Bowen's team", CardWalk.Texts(p).First()));
        Assert.All(pages, p => Assert.Contains(
            p.Actions!.OfType<ExecuteAction>(),
            a => a.Title == "Back to the review" && a.Verb == PipelineReviewVerbs.Page));
    }

    [Fact]
    public void Build_SmallTeam_OnePageWithTheThreeSectionsAndNoPaging()
    {
        var review = PipelineReviewer.Review(
            Manager,
            [new ReviewedRep("rep-a", "Alex Wilber")],
            [Healthy("1", "rep-a", amount: 40_000m), Healthy("2", "rep-a", amount: 250_000m) with { Source = "Event" }],
            [],
            Today,
            PipelineThresholds.Default,
            null);

        var sut = TeamNumbersCard.Build(review, 0);

        var texts = CardWalk.Texts(sut).ToList();
        Assert.Equal(["By rep", "By deal size", "By source"], texts.Where(t => t.StartsWith("By ", StringComparison.Ordinal)));
        Assert.Contains("2 · 290K", texts);
        Assert.Equal(["Back to the review"], sut.Actions!.Select(a => a.Title));
    }

    [Fact]
    public void Team_AnyReview_OffersTheTeamNumbers()
    {
        var review = PipelineReviewer.Review(
            Manager,
            [new ReviewedRep("rep-a", "Alex Wilber")],
            [Healthy("1", "rep-a")],
            [],
            Today,
            PipelineThresholds.Default,
            null);

        var sut = PipelineReviewCards.Team(review, 0);

        var action = Assert.Single(sut.Actions!.OfType<ExecuteAction>(), a => a.Title == "Team numbers");
        Assert.Equal((PipelineReviewVerbs.Numbers, new TeamPageData("manager-1", 0)), (action.Verb, action.Data));
    }
}
