using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class RepStatusRuleTests
{
    private static readonly DealFlag Critical = new(DealFlagKind.Stalled, FlagSeverity.Critical, "Stalled");
    private static readonly DealFlag Warning = new(DealFlagKind.SingleThreaded, FlagSeverity.Warning, "Single-threaded");

    private static ReviewedDeal Reviewed(string id, decimal? amount, params DealFlag[] flags) =>
        new(Healthy(id, amount: amount), flags, []);

    [Fact]
    public void Summarize_NoOpenDeals_Yellow()
    {
        var sut = RepStatusRule.Summarize([], PipelineThresholds.Default);

        Assert.Equal(RagStatus.Yellow, sut.Status);
        Assert.Equal("No open deals.", sut.Reason);
    }

    [Fact]
    public void Summarize_NoFlags_Green()
    {
        var sut = RepStatusRule.Summarize([Reviewed("a", 10m), Reviewed("b", 20m)], PipelineThresholds.Default);

        Assert.Equal(RagStatus.Green, sut.Status);
        Assert.Equal((2, 30m, 0, 0m), (sut.OpenCount, sut.OpenValue, sut.FlaggedCount, sut.FlaggedValue));
    }

    [Theory]
    [InlineData(24, "Yellow")]
    [InlineData(25, "Red")]
    [InlineData(26, "Red")]
    public void Summarize_CriticalShareOfValue_RedFrom25Percent(int criticalPercent, string expected)
    {
        var deals = new[] { Reviewed("c", criticalPercent, Critical), Reviewed("ok", 100 - criticalPercent) };

        Assert.Equal(Enum.Parse<RagStatus>(expected), RepStatusRule.Summarize(deals, PipelineThresholds.Default).Status);
    }

    [Theory]
    [InlineData(9, "Green")]
    [InlineData(10, "Yellow")]
    [InlineData(11, "Yellow")]
    public void Summarize_WarningsOnly_YellowFrom10Percent(int flaggedPercent, string expected)
    {
        var deals = new[] { Reviewed("w", flaggedPercent, Warning), Reviewed("ok", 100 - flaggedPercent) };

        Assert.Equal(Enum.Parse<RagStatus>(expected), RepStatusRule.Summarize(deals, PipelineThresholds.Default).Status);
    }

    [Fact]
    public void Summarize_AnyCriticalDeal_AtLeastYellow()
    {
        var deals = new[] { Reviewed("c", 1m, Critical), Reviewed("ok", 999m) };

        var sut = RepStatusRule.Summarize(deals, PipelineThresholds.Default);

        Assert.Equal(RagStatus.Yellow, sut.Status);
        Assert.Equal(1, sut.CriticalCount);
    }

    [Fact]
    public void Summarize_NoAmounts_CountsDeals()
    {
        // One of four deals critical is 25%: red by count when no deal has an amount.
        var deals = new[] { Reviewed("c", null, Critical), Reviewed("a", null), Reviewed("b", null), Reviewed("d", null) };

        var sut = RepStatusRule.Summarize(deals, PipelineThresholds.Default);

        Assert.Equal(RagStatus.Red, sut.Status);
        Assert.Equal("Deals stalled, overdue or needing an action plan make up 25% of open deals.", sut.Reason);
    }

    [Theory]
    [InlineData(49, "Yellow")]
    [InlineData(50, "Red")]
    public void Summarize_CustomRedShare_RedFrom50Percent(int criticalPercent, string expected)
    {
        var deals = new[] { Reviewed("c", criticalPercent, Critical), Reviewed("ok", 100 - criticalPercent) };

        var sut = RepStatusRule.Summarize(deals, PipelineThresholds.Default with { RepRedCriticalShare = 0.5m });

        Assert.Equal(Enum.Parse<RagStatus>(expected), sut.Status);
    }
}
