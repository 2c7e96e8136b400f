using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.ForecastCalls.ForecastDeals;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class CoverageRulesTests
{
    private static ForecastCoverage Of(decimal? remaining, params Deal[] deals) =>
        CoverageRules.Of(deals, remaining, ForecastThresholds.Default, PipelineThresholds.Default);

    [Fact]
    public void Of_NoQuota_JudgesNothing()
    {
        var sut = Of(null, Deal("A"));

        Assert.Equal(RagStatus.NotEnoughData, sut.Status);
        Assert.Null(sut.Multiple);
        Assert.Null(sut.StageWeightedShare);
    }

    [Fact]
    public void Of_QuotaMet_IsGreen()
    {
        var sut = Of(0m);

        Assert.True(sut.QuotaMet);
        Assert.Equal(RagStatus.Green, sut.Status);
    }

    [Fact]
    public void Of_NoPipeline_IsRedAtZero()
    {
        var sut = Of(100_000m);

        Assert.Equal(0m, sut.Multiple);
        Assert.Equal(RagStatus.Red, sut.Status);
        Assert.Equal(RagStatus.Red, sut.StageStatus);
    }

    [Fact]
    public void Of_UnderThreeTimes_IsRedAndStageWeightedBelowYellowFloor()
    {
        // 290K over 100K is 2.9x; at the ratios 200K/5 + 90K/3 = 70K covers 70%, under the 75% floor.
        var sut = Of(
            100_000m,
            Deal("D", amount: 200_000m, stage: DealStage.Discovery),
            Deal("P", amount: 90_000m, stage: DealStage.Proposal));

        Assert.Equal(2.9m, sut.Multiple);
        Assert.Equal(0.7m, sut.StageWeightedShare);
        Assert.Equal(RagStatus.Red, sut.Status);
        Assert.Equal(RagStatus.Red, sut.StageStatus);
        Assert.True(sut.BelowMinimum);
    }

    [Fact]
    public void Of_ThreeTimesAtLateStages_IsGreenOnBoth()
    {
        // 310K over 100K is 3.1x; 160K/2 + 150K/3 = 130K covers 130%.
        var sut = Of(
            100_000m,
            Deal("N", amount: 160_000m, stage: DealStage.Negotiation),
            Deal("P", amount: 150_000m, stage: DealStage.Proposal));

        Assert.Equal(3.1m, sut.Multiple);
        Assert.Equal(1.3m, sut.StageWeightedShare);
        Assert.Equal(RagStatus.Green, sut.Status);
        Assert.Equal(RagStatus.Green, sut.StageStatus);
    }

    [Fact]
    public void Of_TeamRatios_AreUsed()
    {
        var pipeline = PipelineThresholds.Default with { DiscoveryCoverageRatio = 2m };

        var sut = CoverageRules.Of(
            [Deal("D", amount: 160_000m, stage: DealStage.Discovery)],
            100_000m,
            ForecastThresholds.Default with { MinimumCoverage = 1.5m },
            pipeline);

        Assert.Equal(0.8m, sut.StageWeightedShare);
        Assert.Equal(RagStatus.Yellow, sut.StageStatus);
        Assert.Equal(RagStatus.Green, sut.Status);
    }
}
