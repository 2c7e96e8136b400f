using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class TeamNumbersCalculatorTests
{
    private static readonly ReviewedRep Manager = new("manager-1", "Megan Bowen");
    private static readonly ReviewedRep Alex = new("rep-a", "Alex Wilber");
    private static readonly ReviewedRep Lee = new("rep-b", "Lee Gu");
    private static readonly ReviewedRep Nestor = new("rep-c", "Nestor Wilke");

    // Alex: open 40K (Inbound) and 300K (Partner); won 60K in 30 days and 100K in 50 days (Inbound), lost 20K
    // (Partner). Lee: open 150K (Partner); won 250K in 90 days (Partner). Nestor: nothing.
    private static readonly Deal[] Deals =
    [
        Healthy("a-open-small", Alex.Id, amount: 40_000m),
        Healthy("a-open-large", Alex.Id, DealStage.Negotiation, 300_000m) with { Source = "Partner" },
        Closed("a-won-1", DealStage.ClosedWon, 60_000m, Today.AddDays(-40), Today.AddDays(-10), Alex.Id),
        Closed("a-won-2", DealStage.ClosedWon, 100_000m, Today.AddDays(-60), Today.AddDays(-10), Alex.Id),
        Closed("a-lost", DealStage.ClosedLost, 20_000m, Today.AddDays(-30), Today.AddDays(-5), Alex.Id, "Partner"),
        Healthy("l-open", Lee.Id, amount: 150_000m) with { Source = "Partner" },
        Closed("l-won", DealStage.ClosedWon, 250_000m, Today.AddDays(-100), Today.AddDays(-10), Lee.Id, "Partner"),
    ];

    private static TeamNumbers Numbers(ReviewQuota? quota = null) =>
        PipelineReviewer.Review(Manager, [Lee, Nestor, Alex], Deals, [], Today, PipelineThresholds.Default, quota).Numbers;

    [Fact]
    public void Build_ByRep_EveryRepByNameWithHandComputedNumbers()
    {
        var sut = Numbers().ByRep;

        Assert.Equal(["Alex Wilber", "Lee Gu", "Nestor Wilke"], sut.Select(s => s.Label));
        var alex = sut[0].Metrics;
        Assert.Equal((2, 340_000m), (alex.OpenCount, alex.OpenValue));
        Assert.Equal(2m / 3, alex.WinRate);
        Assert.Equal(40m, alex.CycleDays);
        // 2 open x 80K average won x 2/3 / 40 days.
        Assert.Equal(2 * 80_000m * (2m / 3) / 40m, alex.Velocity);
        var lee = sut[1].Metrics;
        Assert.Equal((1m, 90m, 1 * 250_000m * 1m / 90m), (lee.WinRate, lee.CycleDays, lee.Velocity));
        var nestor = sut[2].Metrics;
        Assert.Equal((0, 0m, null, null), (nestor.OpenCount, nestor.OpenValue, nestor.WinRate, nestor.Velocity));
        Assert.All(sut, s => Assert.Null(s.Coverage));
    }

    [Fact]
    public void Build_BySize_BandsOfPRODUCTmdSmallestFirst()
    {
        var sut = Numbers().BySize;

        Assert.Equal([DealSizeBands.Small, DealSizeBands.Medium, DealSizeBands.Large], sut.Select(s => s.Label));
        Assert.Equal([40_000m, 150_000m, 300_000m], sut.Select(s => s.Metrics.OpenValue));
        // Under 50K: won 0 of 1 lost (20K); 50K to 200K: won 60K and 100K; over 200K: won 250K.
        Assert.Equal([0m, 1m, 1m], sut.Select(s => s.Metrics.WinRate));
    }

    [Fact]
    public void Build_BySource_LargestOpenValueFirst()
    {
        var sut = Numbers().BySource;

        Assert.Equal(["Partner", "Inbound"], sut.Select(s => s.Label));
        Assert.Equal([450_000m, 40_000m], sut.Select(s => s.Metrics.OpenValue));
        Assert.Equal([0.5m, 1m], sut.Select(s => s.Metrics.WinRate));
    }

    [Fact]
    public void Build_RepQuotas_CoverageLightForTheRepsWithOneOnly()
    {
        // Alex: 600K quota less 160K won this quarter = 440K; 40K/3 + 300K/2 = 163K covers 37%: red.
        // Lee: 300K less 250K won = 50K; 150K/3 = 50K covers it all: green.
        var quota = ReviewQuota.OfReps(new Dictionary<string, decimal> { [Alex.Id] = 600_000m, [Lee.Id] = 300_000m });

        var sut = Numbers(quota).ByRep;

        Assert.Equal(
            [RagStatus.Red, RagStatus.Green, (RagStatus?)null],
            sut.Select(s => s.Coverage?.Status));
    }

    [Fact]
    public void Build_TeamQuota_NoRepLight()
    {
        var sut = Numbers(ReviewQuota.Team(1_000_000m)).ByRep;

        Assert.All(sut, s => Assert.Null(s.Coverage));
    }
}
