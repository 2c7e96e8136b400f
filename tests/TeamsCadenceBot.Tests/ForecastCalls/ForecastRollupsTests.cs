using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls;
using static TeamsCadenceBot.Tests.ForecastCalls.ForecastDeals;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class ForecastRollupsTests
{
    [Fact]
    public void ForRep_NoDeals_IsAllZero()
    {
        var sut = Rollup();

        Assert.Equal(new CallFigures(0m, 0m, 0m), sut.Crm);
        Assert.Equal(0m, sut.ClosedWon);
        Assert.Empty(sut.OpenDeals);
        Assert.Null(sut.RemainingQuota);
    }

    [Fact]
    public void ForRep_SingleCommitDeal_IsCommitBestCaseAndPipeline()
    {
        var sut = Rollup(Deal("A", ForecastCategory.Commit, 80_000m));

        Assert.Equal(new CallFigures(80_000m, 80_000m, 80_000m), sut.Crm);
        Assert.Equal(["A"], sut.CommitDeals.Select(d => d.CrmId));
    }

    [Fact]
    public void ForRep_MixedCategories_RollUpCumulatively()
    {
        var sut = Rollup(
            250_000m,
            Won("W", 50_000m),
            Deal("C", ForecastCategory.Commit, 100_000m),
            Deal("B", ForecastCategory.BestCase, 40_000m),
            Deal("P", ForecastCategory.Pipeline, 30_000m),
            Deal("O", ForecastCategory.Omitted, 999_000m),
            Deal("N", ForecastCategory.Commit, 70_000m) with { CloseDate = Period.EndExclusive },
            Deal("X", ForecastCategory.Commit, 70_000m, owner: "rep-2"),
            Deal("L", ForecastCategory.Commit, 70_000m, DealStage.ClosedLost));

        Assert.Equal(50_000m, sut.ClosedWon);
        Assert.Equal(new CallFigures(150_000m, 190_000m, 220_000m), sut.Crm);
        Assert.Equal(["C", "B", "P"], sut.OpenDeals.Select(d => d.CrmId));
        Assert.Equal(170_000m, sut.OpenPipeline);
        Assert.Equal(200_000m, sut.RemainingQuota);
    }

    [Fact]
    public void ForRep_DealWithoutCloseDate_CountsNowhere()
    {
        var sut = Rollup(Deal("A", ForecastCategory.Commit) with { CloseDate = null });

        Assert.Equal(new CallFigures(0m, 0m, 0m), sut.Crm);
    }

    [Fact]
    public void RemainingQuota_WonMoreThanQuota_IsZero()
    {
        var sut = Rollup(40_000m, Won("W", 50_000m));

        Assert.Equal(0m, sut.RemainingQuota);
    }
}
