using System.Text.Json;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using Xunit.Abstractions;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class PipelineReviewCardsTests(ITestOutputHelper output)
{
    private const int MaxCardBytes = 80 * 1024;
    private static readonly ReviewedRep Manager = new("manager-1", "Megan Bowen");

    [Fact]
    public void Team_TwoReps_FullWidthCardOfSchema15WithEachRepWorstFirst()
    {
        var sut = PipelineReviewCards.Team(TwoRepReview(), 0);

        Assert.Equal(("1.5", "Full"), (sut.Version, sut.Teams!.Width));
        Assert.Equal("Pipeline review: Megan Bowen's team", ((TextBlock)sut.Body[0]).Text);
        var texts = CardWalk.Texts(sut).ToList();
        var alex = texts.FindIndex(t => t.StartsWith("**Alex Wilber**: 5 open, 500K · 5 flagged, 500K.", StringComparison.Ordinal));
        var lee = texts.FindIndex(t => t.StartsWith("**Lee Gu**: 1 open, 100K · 0 flagged, 0.", StringComparison.Ordinal));
        Assert.True(alex > 0 && lee > alex, "Alex (red) comes before Lee (green)");
        Assert.Equal(("RED", "GREEN"), (texts[alex - 1], texts[lee - 1]));
    }

    [Fact]
    public void Team_TeamChecksAndNumbers_Shown()
    {
        var texts = CardWalk.Texts(PipelineReviewCards.Team(TwoRepReview(), 0)).ToList();

        Assert.Contains(texts, t => t.StartsWith("**Stage distribution**: ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("**Aging**: ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("**Coverage**: Pipeline 600K is 3x the remaining quota of 200K", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Win rate: not enough data", StringComparison.Ordinal));
    }

    [Fact]
    public void Team_RepWithMoreFlaggedDealsThanShown_TopThreeCriticalThenByValueAndACountOfTheRest()
    {
        var sut = PipelineReviewCards.Team(TwoRepReview(), 0);

        var shown = CardWalk.Texts(sut).Where(t => t.StartsWith("**Contoso", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["**Contoso expansion a4** · proposal · 120K · closes 2 Jan 2027",
             "**Contoso expansion a3** · proposal · 100K · closes 2 Jan 2027",
             "**Contoso expansion a5** · proposal · 140K · closes 2 Jan 2027"],
            shown);
        Assert.Contains("And 2 more flagged deals.", CardWalk.Texts(sut));
        var open = CardWalk.Actions(sut).OfType<ExecuteAction>().Where(a => a.Verb == PipelineReviewVerbs.Rep);
        Assert.Equal([new RepPageData("rep-a", 0), new RepPageData("rep-b", 0)], open.Select(a => a.Data));
    }

    [Fact]
    public void Team_FlaggedDeal_ShowsReasonsAndScorecardGaps()
    {
        var texts = CardWalk.Texts(PipelineReviewCards.Team(TwoRepReview(), 0)).ToList();

        Assert.Contains("- Single-threaded: only one buyer contact engaged", texts);
        Assert.Contains("- Stalled: no activity for 25 days\n- Single-threaded: only one buyer contact engaged", texts);
        Assert.Contains("Scorecard gaps: champion identified", texts);
    }

    [Fact]
    public void Team_FlaggedDeal_PlanRecoveryPrefilledAndDueWithinSevenDays()
    {
        var sut = PipelineReviewCards.Team(TwoRepReview(), 0);

        var plan = CardWalk.Actions(sut).OfType<ShowCardAction>().Single(a => a.Card.Body.Any(e => e.Id == "recoverText-a5"));
        Assert.Equal("Plan recovery", plan.Title);
        var inputs = plan.Card.Body.OfType<CardInput>().ToDictionary(i => i.Id!);
        var text = (TextInput)inputs["recoverText-a5"];
        var due = (DateInput)inputs["recoverDue-a5"];
        Assert.Equal("Engage a second buyer contact on Contoso expansion a5, ideally the economic buyer", text.Value);
        Assert.Equal(("2026-12-10", "2026-12-03", "2026-12-10"), (due.Value, due.Min, due.Max));
        Assert.True(inputs.ContainsKey("recoverDone-a5"));
        var record = Assert.IsType<ExecuteAction>(Assert.Single(plan.Card.Actions!));
        Assert.Equal(PipelineReviewVerbs.Recover, record.Verb);
        Assert.Equal(new RecoverData("a5", "rep-a", "Contoso expansion a5", "review:manager-1:2026-12-03"), record.Data);
    }

    [Fact]
    public void Team_InputIds_UniqueInTheCard()
    {
        var sut = PipelineReviewCards.Team(TwoRepReview(), 0);

        var ids = CardWalk.Elements(sut).Select(e => e.Id).OfType<string>().ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(0, new string[] { "Next page", "Team numbers" }, 1)]
    [InlineData(1, new string[] { "Previous page", "Next page", "Team numbers" }, 9)]
    [InlineData(2, new string[] { "Previous page", "Team numbers" }, 17)]
    [InlineData(7, new string[] { "Previous page", "Team numbers" }, 17)]
    public void Team_TwentyReps_PagedEightAtATime(int page, string[] buttons, int firstRep)
    {
        var reps = Enumerable.Range(1, 20).Select(i => new ReviewedRep($"rep-{i:00}", $"Rep {i:00}")).ToList();
        var deals = reps.Select(r => Healthy("d-" + r.Id, r.Id)).ToList();
        var review = PipelineReviewer.Review(Manager, reps, deals, [], Today, PipelineThresholds.Default, null);

        var sut = PipelineReviewCards.Team(review, page);

        Assert.Equal(buttons, sut.Actions!.Select(a => a.Title));
        var names = CardWalk.Texts(sut).Where(t => t.StartsWith("**Rep ", StringComparison.Ordinal)).ToList();
        Assert.StartsWith($"**Rep {firstRep:00}**", names[0], StringComparison.Ordinal);
        Assert.True(names.Count <= PipelineReviewCards.RepsPerPage);
        Assert.Contains(
            sut.Actions!.OfType<ExecuteAction>(),
            a => a.Verb == PipelineReviewVerbs.Page && a.Data is TeamPageData { ManagerId: "manager-1" });
    }

    [Fact]
    public void Rep_MoreFlaggedDealsThanAPage_PagedWithAWayBackToTheTeam()
    {
        var rep = new ReviewedRep("rep-a", "Alex Wilber");
        var deals = Enumerable.Range(1, 30)
            .Select(i => Healthy($"x{i:00}", rep.Id, amount: i * 1_000m) with { EngagedContacts = 1 })
            .ToList();
        var review = PipelineReviewer.Review(Manager, [rep], deals, [], Today, PipelineThresholds.Default, null);

        var sut = PipelineReviewCards.Rep(review, 1);

        Assert.Equal("Pipeline review: Alex Wilber", ((TextBlock)sut.Body[0]).Text);
        Assert.Contains("Flagged deals 13 to 24 of 30, most pressing first.", CardWalk.Texts(sut));
        Assert.Equal(PipelineReviewCards.DealsPerRepPage, CardWalk.Actions(sut).Count(a => a.Title == "Plan recovery"));
        Assert.Equal(
            [(PipelineReviewVerbs.Rep, (object)new RepPageData("rep-a", 0)),
             (PipelineReviewVerbs.Rep, new RepPageData("rep-a", 2)),
             (PipelineReviewVerbs.Page, new TeamPageData("manager-1", 0))],
            sut.Actions!.Cast<ExecuteAction>().Select(a => (a.Verb, a.Data!)));
    }

    [Fact]
    public void Rep_NoFlags_SaysSo()
    {
        var rep = new ReviewedRep("rep-a", "Alex Wilber");
        var review = PipelineReviewer.Review(Manager, [rep], [Healthy(owner: rep.Id)], [], Today, PipelineThresholds.Default, null);

        Assert.Contains("No flagged deals.", CardWalk.Texts(PipelineReviewCards.Rep(review, 0)));
    }

    [Theory]
    [InlineData(10, 200)]
    [InlineData(40, 50)]
    [InlineData(2, 1000)]
    public void Team_2000OpenDealsAllFlaggedEveryWay_EveryPageUnder80KB(int repCount, int dealsPerRep)
    {
        var review = HugeReview(repCount, dealsPerRep);
        var pages = (repCount + PipelineReviewCards.RepsPerPage - 1) / PipelineReviewCards.RepsPerPage;

        var sizes = Enumerable.Range(0, pages).Select(p => CardWalk.Utf8Size(PipelineReviewCards.Team(review, p))).ToList();

        output.WriteLine($"{repCount} reps x {dealsPerRep} deals: team pages {string.Join(", ", sizes)} bytes");
        Assert.Equal(2000, review.Reps.Sum(r => r.Summary.OpenCount));
        Assert.All(sizes, size => Assert.InRange(size, 1, MaxCardBytes));
    }

    [Fact]
    public void Rep_1000FlaggedDeals_EveryPageUnder80KB()
    {
        var review = HugeReview(2, 1000);
        var one = review with { Reps = [review.Reps[0]] };
        var pages = (one.Reps[0].Flagged.Count + PipelineReviewCards.DealsPerRepPage - 1) / PipelineReviewCards.DealsPerRepPage;

        var largest = Enumerable.Range(0, pages).Max(p => CardWalk.Utf8Size(PipelineReviewCards.Rep(one, p)));

        output.WriteLine($"rep card, 1000 flagged deals: largest page {largest} bytes");
        Assert.InRange(largest, 1, MaxCardBytes);
    }

    [Fact]
    public void Team_Serialized_CarriesTheProtocolShape()
    {
        var json = JsonSerializer.SerializeToElement(PipelineReviewCards.Team(TwoRepReview(), 0), ProtocolJson.Options);

        Assert.Equal("AdaptiveCard", json.GetProperty("type").GetString());
        Assert.Equal("Full", json.GetProperty("msteams").GetProperty("width").GetString());
        var raw = json.GetRawText();
        Assert.Contains("\"verb\":\"pipelinereview.recover\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Action.ShowCard\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"dealId\":\"a5\"", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminder_RunsTheTeamReview()
    {
        var sut = PipelineReviewCards.Reminder("manager-1", "Megan Bowen", "every Thursday at 10:00");

        var run = Assert.IsType<ExecuteAction>(Assert.Single(sut.Actions!));
        Assert.Equal((PipelineReviewVerbs.Page, (object)new TeamPageData("manager-1", 0)), (run.Verb, run.Data!));
        Assert.Contains(
            CardWalk.Texts(sut),
            t => t.StartsWith("Megan Bowen's team reviews its pipeline every Thursday at 10:00.", StringComparison.Ordinal));
    }

    private static PipelineReview TwoRepReview()
    {
        var alex = new ReviewedRep("rep-a", "Alex Wilber");
        var lee = new ReviewedRep("rep-b", "Lee Gu");

        // Alex: five single-threaded deals of 60K to 140K; a3 and a4 (220K of 500K) also stalled; a5 lacks a champion.
        // Lee: one healthy deal.
        var deals = Enumerable.Range(1, 5)
            .Select(i => Healthy($"a{i}", alex.Id, amount: 40_000m + i * 20_000m) with { EngagedContacts = 1 })
            .Select(d => d.CrmId switch
            {
                "a5" => d with { Scorecard = FullScorecard with { ChampionIdentified = false } },
                "a3" or "a4" => d with { LastActivityDate = Today.AddDays(-25) },
                _ => d,
            })
            .Append(Healthy("b1", lee.Id))
            .Select(d => d with { CloseDate = new DateOnly(2027, 1, 2) })
            .ToList();
        return PipelineReviewer.Review(Manager, [lee, alex], deals, [], Today, PipelineThresholds.Default, ReviewQuota.Team(200_000m));
    }

    private static PipelineReview HugeReview(int repCount, int dealsPerRep)
    {
        var reps = Enumerable.Range(1, repCount)
            .Select(i => new ReviewedRep($"{Guid.NewGuid()}", $"Representative With A Long Name {i:000}"))
            .ToList();
        var deals = new List<Deal>();
        var previous = new List<Deal>();
        foreach (var rep in reps)
        {
            for (var i = 0; i < dealsPerRep; i++)
            {
                var deal = WorstDeal($"006{Guid.NewGuid():N}"[..18], rep.Id, i);
                deals.Add(deal);
                previous.Add(deal with
                {
                    NextStep = "Schedule the technical validation workshop with the buyer's architects",
                    NextStepDate = Today.AddDays(-4),
                });
            }
        }

        return PipelineReviewer.Review(Manager, reps, deals, previous, Today, PipelineThresholds.Default, ReviewQuota.Team(5_000_000m));
    }

    // Every flag at once, the longest reasons, and a 120-character name that the card cuts.
    private static Deal WorstDeal(string id, string owner, int i) =>
        Healthy(id, owner, DealStage.Negotiation, 1_234_567.89m + i) with
        {
            Name = "Northwind Traders & Fabrikam Worldwide Holdings — multi-year enterprise platform renewal, "
                + "expansion and services 2027 " + i,
            LastActivityDate = Today.AddDays(-400),
            StageEnteredDate = Today.AddDays(-400),
            CloseDate = Today.AddDays(-365),
            CloseDatePushCount = 12,
            NextStep = null,
            DecisionMaker = null,
            EngagedContacts = 0,
            CreatedDate = Today.AddDays(-900),
            Scorecard = new QualificationScorecard(false, false, false, false, false),
        };
}
