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
    public void Review_MetricsWindowShorterThanTheQuarterSoFar_WinsOfTheWholeQuarterCountAgainstTheQuota()
    {
        // 350K quota - (100K won on 15 Oct + 50K on 25 Nov) = 200K remaining, though 15 Oct is outside the 30 days
        // the win rates count; 400K negotiation counts 200K: coverage 2x for the team and for Alex's own quota.
        var deals = new[]
        {
            Healthy("open", Alex.Id, DealStage.Negotiation, 400_000m),
            Closed("wonEarly", DealStage.ClosedWon, 100_000m, new DateOnly(2026, 8, 1), new DateOnly(2026, 10, 15), Alex.Id),
            Closed("wonLately", DealStage.ClosedWon, 50_000m, new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 25), Alex.Id),
        };
        var thresholds = PipelineThresholds.Default with { MetricsLookbackDays = 30 };
        var quota = ReviewQuota.OfReps(new Dictionary<string, decimal> { [Alex.Id] = 350_000m });

        var sut = PipelineReviewer.Review(Manager, [Alex], deals, [], Today, thresholds, quota);

        Assert.Equal(2m, sut.Metrics.Coverage);
        Assert.Equal(1, sut.Metrics.WonCount);
        var alex = Assert.Single(sut.Numbers.ByRep);
        Assert.Equal(RagStatus.Green, alex.Coverage?.Status);
        Assert.Equal(1, alex.Metrics.WonCount);
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

        var sut = PipelineReviewer.Review(Manager, [Alex], deals, [], Today, PipelineThresholds.Default, ReviewQuota.Team(300_000m));

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

    [Fact]
    public void Review_QuotaOfSomeRepsOnly_CoverageCountsTheirPipelineAndWinsOnly()
    {
        // Alex's 100K quota less his 40K won = 60K remaining, against his 120K negotiation (60K at 2x): covered.
        // Lee's 900K pipeline and 500K win would hide a gap if they counted.
        var deals = new[]
        {
            Healthy("alexOpen", Alex.Id, DealStage.Negotiation, 120_000m),
            Closed("alexWon", DealStage.ClosedWon, 40_000m, new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 2), Alex.Id),
            Healthy("leeOpen", Lee.Id, DealStage.Negotiation, 900_000m),
            Closed("leeWon", DealStage.ClosedWon, 500_000m, new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 2), Lee.Id),
        };
        var quota = ReviewQuota.OfReps(new Dictionary<string, decimal> { [Alex.Id] = 100_000m });

        var sut = PipelineReviewer.Review(Manager, [Alex, Lee], deals, [], Today, PipelineThresholds.Default, quota);

        var coverage = sut.TeamChecks.Single(c => c.Name == TeamPipelineRules.CoverageName);
        Assert.Equal(RagStatus.Green, coverage.Status);
        Assert.StartsWith("Pipeline 120K is 2x the remaining quota of 60K", coverage.Text, StringComparison.Ordinal);
        Assert.EndsWith("Lee Gu has no quota for this quarter.", coverage.Text, StringComparison.Ordinal);
        Assert.Equal(2m, sut.Metrics.Coverage);
    }

    [Fact]
    public void Review_QuotaOfSomeRepsOnlyAndTheirPipelineShort_RedDespiteOthersPipeline()
    {
        var deals = new[]
        {
            Healthy("alexOpen", Alex.Id, DealStage.Negotiation, 20_000m),
            Healthy("leeOpen", Lee.Id, DealStage.Negotiation, 900_000m),
        };
        var quota = ReviewQuota.OfReps(new Dictionary<string, decimal> { [Alex.Id] = 100_000m });

        var sut = PipelineReviewer.Review(Manager, [Alex, Lee], deals, [], Today, PipelineThresholds.Default, quota);

        Assert.Equal(RagStatus.Red, sut.TeamChecks.Single(c => c.Name == TeamPipelineRules.CoverageName).Status);
    }
}
