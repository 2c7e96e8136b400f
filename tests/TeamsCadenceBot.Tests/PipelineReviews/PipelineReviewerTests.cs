using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class PipelineReviewerTests
{
    private static readonly ReviewedRep Manager = new("manager-1", "Megan Bowen");
    private static readonly ReviewedRep Alex = new("rep-a", "Alex Wilber");
    private static readonly ReviewedRep Lee = new("rep-b", "Lee Gu");

    [Fact]
    public void Review_Team_RepsWorstFirstAndOnlyTheirDeals()
    {
        var deals = new[]
        {
            Healthy("a1", Alex.Id),
            Healthy("b1", Lee.Id) with { CloseDate = Today.AddDays(-1) },
            Healthy("x1", "someone-else") with { CloseDate = Today.AddDays(-1) },
        };

        var sut = PipelineReviewer.Review(Manager, [Alex, Lee], deals, [], Today, PipelineThresholds.Default, null);

        Assert.Equal([("Lee Gu", RagStatus.Red), ("Alex Wilber", RagStatus.Green)], sut.Reps.Select(r => (r.RepName, r.Summary.Status)));
        Assert.Equal(["b1"], sut.Reps.SelectMany(r => r.Flagged).Select(d => d.Deal.CrmId));
        Assert.Equal("review:manager-1:2026-12-03", sut.Reference);
    }

    [Fact]
    public void Review_PreviousReviewSnapshot_FlagsTheMissedNextStep()
    {
        var now = Healthy("a1", Alex.Id) with { LastActivityDate = Today.AddDays(-8) };
        var atLastReview = now with { NextStepDate = Today.AddDays(-2) };

        var sut = PipelineReviewer.Review(Manager, [Alex], [now], [atLastReview], Today, PipelineThresholds.Default, null);

        Assert.Equal(DealFlagKind.NextStepMissed, Assert.Single(Assert.Single(sut.Reps[0].Flagged).Flags).Kind);
    }

    [Fact]
    public void Review_Quota_LessWhatWasWonThisQuarterIsTheRemainingQuota()
    {
        // 300K quota - 100K won on 15 Oct (this quarter) = 200K remaining; the 50K won in September is last quarter's.
        var deals = new[]
        {
            Healthy("open", Alex.Id, DealStage.Negotiation, 400_000m),
            Closed("wonNow", DealStage.ClosedWon, 100_000m, new DateOnly(2026, 8, 1), new DateOnly(2026, 10, 15), Alex.Id),
            Closed("wonBefore", DealStage.ClosedWon, 50_000m, new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 30), Alex.Id),
        };

        var sut = PipelineReviewer.Review(Manager, [Alex], deals, [], Today, PipelineThresholds.Default, 300_000m);

        // 400K negotiation counts 400K / 2 = 200K: all of the 200K remaining.
        var coverage = sut.TeamChecks.Single(c => c.Name == TeamPipelineRules.CoverageName);
        Assert.Equal(RagStatus.Green, coverage.Status);
        Assert.Equal(2m, sut.Metrics.Coverage);
        Assert.Equal(2, sut.Metrics.WonCount);
    }

    [Fact]
    public void Review_FlaggedDeals_CriticalFirstThenByValue()
    {
        var deals = new[]
        {
            Healthy("warnBig", Alex.Id, amount: 900_000m) with { EngagedContacts = 1 },
            Healthy("critSmall", Alex.Id, amount: 10_000m) with { CloseDate = Today.AddDays(-3) },
            Healthy("critBig", Alex.Id, amount: 50_000m) with { CloseDate = Today.AddDays(-3) },
        };

        var sut = PipelineReviewer.Review(Manager, [Alex], deals, [], Today, PipelineThresholds.Default, null);

        Assert.Equal(["critBig", "critSmall", "warnBig"], sut.Reps[0].Flagged.Select(d => d.Deal.CrmId));
    }
}
