using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class TeamPipelineRulesTests
{
    private static readonly PipelineThresholds Defaults = PipelineThresholds.Default;

    // 20 November 2026 leaves 42 days (6 weeks) to the end of the calendar quarter on 1 January 2027.
    private static readonly DateOnly SixWeeksLeft = new(2026, 11, 20);

    private static List<Deal> EarlyAndLate(decimal early, decimal late) =>
    [
        Healthy("e1", stage: DealStage.Discovery, amount: early / 2),
        Healthy("e2", stage: DealStage.Qualification, amount: early / 2),
        Healthy("l1", stage: DealStage.Negotiation, amount: late),
    ];

    [Theory]
    [InlineData(69, "Green")]
    [InlineData(70, "Green")]
    [InlineData(71, "Yellow")]
    public void StageDistribution_EarlyShareLateInQuarter_YellowAbove70Percent(int earlyPercent, string expected)
    {
        var deals = EarlyAndLate(earlyPercent * 1_000m, (100 - earlyPercent) * 1_000m);

        Assert.Equal(Enum.Parse<RagStatus>(expected), TeamPipelineRules.StageDistribution(deals, Today, Defaults).Status);
    }

    [Theory]
    [InlineData(-1, "Green")]
    [InlineData(0, "Yellow")]
    [InlineData(1, "Yellow")]
    public void StageDistribution_MostlyEarly_YellowFromSixWeeksLeft(int daysAfterSixWeeksLeft, string expected)
    {
        var deals = EarlyAndLate(80_000m, 20_000m);

        var check = TeamPipelineRules.StageDistribution(deals, SixWeeksLeft.AddDays(daysAfterSixWeeksLeft), Defaults);

        Assert.Equal(Enum.Parse<RagStatus>(expected), check.Status);
    }

    [Theory]
    [InlineData(49, 60, "Green")]
    [InlineData(51, 60, "Yellow")]
    [InlineData(51, 61, "Green")]
    public void StageDistribution_CustomLimits_HalfTheValueWithinSixtyDays(int earlyPercent, int daysLeft, string expected)
    {
        var thresholds = Defaults with { EarlyStageShareLimit = 0.5m, EarlyStageWarningDaysLeft = 60 };
        var quarterEnd = new DateOnly(2027, 1, 1);

        var check = TeamPipelineRules.StageDistribution(
            EarlyAndLate(earlyPercent * 1_000m, (100 - earlyPercent) * 1_000m),
            quarterEnd.AddDays(-daysLeft),
            thresholds);

        Assert.Equal(Enum.Parse<RagStatus>(expected), check.Status);
    }

    [Fact]
    public void StageDistribution_Warning_SaysShareValueAndDaysLeft()
    {
        var check = TeamPipelineRules.StageDistribution(EarlyAndLate(1_500_000m, 500_000m), Today, Defaults);

        Assert.Equal(
            "75% of pipeline value (1.5M of 2M) is in discovery or qualification, with 29 days left in the quarter. "
            + "Too little is close enough to land this quarter.",
            check.Text);
    }

    [Theory]
    [InlineData(100, 1)]
    [InlineData(100, 2)]
    [InlineData(99, 42)]
    public void StageDistribution_AllEarlyAtTheQuarterEnd_StillAWarningNeverRed(int earlyPercent, int daysLeft)
    {
        var quarterEnd = new DateOnly(2027, 1, 1);
        List<Deal> deals = earlyPercent == 100
            ? [Healthy("e1", stage: DealStage.Discovery, amount: 100_000m)]
            : EarlyAndLate(earlyPercent * 1_000m, (100 - earlyPercent) * 1_000m);

        var check = TeamPipelineRules.StageDistribution(deals, quarterEnd.AddDays(-daysLeft), Defaults);

        Assert.Equal(RagStatus.Yellow, check.Status);
    }

    [Fact]
    public void StageDistribution_NoValue_NotEnoughData()
    {
        var check = TeamPipelineRules.StageDistribution([Healthy(amount: null)], Today, Defaults);

        Assert.Equal(RagStatus.NotEnoughData, check.Status);
    }

    [Theory]
    [InlineData(89, "Green")]
    [InlineData(90, "Green")]
    [InlineData(91, "Red")]
    public void Aging_DealAge_OldOnlyPast90Days(int ageDays, string expected)
    {
        var deals = new[] { Healthy("old") with { CreatedDate = Today.AddDays(-ageDays) } };

        Assert.Equal(Enum.Parse<RagStatus>(expected), TeamPipelineRules.Aging(deals, Today, Defaults).Status);
    }

    [Theory]
    [InlineData(24, "Green")]
    [InlineData(25, "Yellow")]
    [InlineData(26, "Yellow")]
    [InlineData(49, "Yellow")]
    [InlineData(50, "Red")]
    [InlineData(51, "Red")]
    public void Aging_OldShare_YellowFrom25RedFrom50Percent(int oldPercent, string expected)
    {
        var deals = OldAndYoung(oldPercent);

        Assert.Equal(Enum.Parse<RagStatus>(expected), TeamPipelineRules.Aging(deals, Today, Defaults).Status);
    }

    [Theory]
    [InlineData(9, "Green")]
    [InlineData(10, "Yellow")]
    [InlineData(19, "Yellow")]
    [InlineData(20, "Red")]
    public void Aging_CustomShares_YellowFrom10RedFrom20Percent(int oldPercent, string expected)
    {
        var thresholds = Defaults with { AgingYellowShare = 0.10m, AgingRedShare = 0.20m };

        Assert.Equal(Enum.Parse<RagStatus>(expected), TeamPipelineRules.Aging(OldAndYoung(oldPercent), Today, thresholds).Status);
    }

    [Theory]
    [InlineData(59, "Green")]
    [InlineData(60, "Green")]
    [InlineData(61, "Red")]
    public void Aging_CustomAge_OldPast60Days(int ageDays, string expected)
    {
        var deals = new[] { Healthy("old") with { CreatedDate = Today.AddDays(-ageDays) } };

        Assert.Equal(Enum.Parse<RagStatus>(expected), TeamPipelineRules.Aging(deals, Today, Defaults with { AgingAfterDays = 60 }).Status);
    }

    [Fact]
    public void Aging_Text_SaysShareValueAndCount()
    {
        var check = TeamPipelineRules.Aging(OldAndYoung(30), Today, Defaults);

        Assert.Equal("30% of pipeline value (30K in 1 deal) is older than 90 days.", check.Text);
    }

    [Fact]
    public void Coverage_NoQuota_NotEnoughData()
    {
        Assert.Equal(RagStatus.NotEnoughData, TeamPipelineRules.Coverage([Healthy()], null, Defaults).Status);
    }

    [Fact]
    public void Coverage_QuotaAlreadyMet_Green()
    {
        Assert.Equal(RagStatus.Green, TeamPipelineRules.Coverage([Healthy()], 0m, Defaults).Status);
    }

    [Theory]
    [InlineData(499_000, "Yellow")]
    [InlineData(500_000, "Green")]
    [InlineData(501_000, "Green")]
    [InlineData(370_000, "Red")]
    [InlineData(375_000, "Yellow")]
    [InlineData(380_000, "Yellow")]
    public void Coverage_DiscoveryOnly_NeedsFiveTimesTheRemainingQuota(int discoveryValue, string expected)
    {
        // 100K remaining: discovery counts 1/5, so 500K covers 100% and 375K covers the 75% yellow floor.
        var deals = new[] { Healthy(stage: DealStage.Discovery, amount: discoveryValue) };

        Assert.Equal(Enum.Parse<RagStatus>(expected), TeamPipelineRules.Coverage(deals, 100_000m, Defaults).Status);
    }

    [Fact]
    public void Coverage_EveryStage_WeighsEachByItsRatio()
    {
        // 100K/5 + 80K/4 + 60K/3 + 40K/2 = 20K + 20K + 20K + 20K = 80K, all of the 80K remaining.
        var deals = new[]
        {
            Healthy("d", stage: DealStage.Discovery, amount: 100_000m),
            Healthy("q", stage: DealStage.Qualification, amount: 80_000m),
            Healthy("p", stage: DealStage.Proposal, amount: 60_000m),
            Healthy("n", stage: DealStage.Negotiation, amount: 40_000m),
        };

        Assert.Equal(1m, TeamPipelineRules.StageWeightedCoverage(deals, 80_000m, Defaults));
        var check = TeamPipelineRules.Coverage(deals, 80_000m, Defaults);
        Assert.Equal(RagStatus.Green, check.Status);
        Assert.Equal(
            "Pipeline 280K is 3.5x the remaining quota of 80K; at the stage ratios (discovery 5x, qualification 4x, "
            + "proposal 3x, negotiation 2x) it covers 100% of it.",
            check.Text);
    }

    [Fact]
    public void Coverage_CustomRatios_ChangeTheNeed()
    {
        // Discovery at 10x: 500K counts 50K, half of the 100K remaining, below the 75% floor.
        var deals = new[] { Healthy(stage: DealStage.Discovery, amount: 500_000m) };

        var check = TeamPipelineRules.Coverage(deals, 100_000m, Defaults with { DiscoveryCoverageRatio = 10m });

        Assert.Equal(RagStatus.Red, check.Status);
    }

    private static List<Deal> OldAndYoung(int oldPercent) =>
    [
        Healthy("old", amount: oldPercent * 1_000m) with { CreatedDate = Today.AddDays(-120) },
        Healthy("young", amount: (100 - oldPercent) * 1_000m),
    ];

    [Theory]
    [InlineData(2, "A and B have no quota for this quarter.")]
    [InlineData(3, "A, B and C have no quota for this quarter.")]
    [InlineData(7, "A, B, C, D, E and 2 more have no quota for this quarter.")]
    public void Coverage_RepsWithoutAQuota_NamedAfterTheFinding(int count, string ending)
    {
        var names = Enumerable.Range(0, count).Select(i => ((char)('A' + i)).ToString()).ToList();

        var check = TeamPipelineRules.Coverage([Healthy(amount: 300_000m)], 100_000m, Defaults, names);

        Assert.EndsWith("Counted for the reps with a quota only: " + ending, check.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_NoQuotaAtAll_NamesNoOne()
    {
        var check = TeamPipelineRules.Coverage([Healthy(amount: 300_000m)], null, Defaults, ["A"]);

        Assert.DoesNotContain("A", check.Text, StringComparison.Ordinal);
    }
}
