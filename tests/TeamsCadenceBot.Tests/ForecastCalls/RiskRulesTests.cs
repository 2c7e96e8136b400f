using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.ForecastCalls.ForecastDeals;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class RiskRulesTests
{
    private static readonly ForecastCoverage NoQuota =
        new(null, null, null, RagStatus.NotEnoughData, RagStatus.NotEnoughData);

    private static IReadOnlyList<RiskFlag> Flags(
        Deal deal,
        DealSnapshot? lastWeek = null,
        decimal teamForecast = 10_000_000m) =>
        RiskRules.ForRep(
            Rollup(deal),
            NoQuota,
            lastWeek is null ? new Dictionary<string, DealSnapshot>() : new() { [lastWeek.CrmId] = lastWeek },
            teamForecast,
            Today,
            ForecastThresholds.Default);

    [Fact]
    public void ForRep_HealthyDeal_HasNoFlag()
    {
        var sut = Flags(Deal("A", ForecastCategory.Commit));

        Assert.Empty(sut);
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, true)]
    public void ForRep_CommitDealSilent_IsFlaggedFromFourteenDays(int days, bool flagged)
    {
        var sut = Flags(Deal("A", ForecastCategory.Commit) with { LastActivityDate = Today.AddDays(-days) });

        Assert.Equal(flagged, sut.Any(f => f.Kind == RiskKind.NoRecentContact));
    }

    [Fact]
    public void ForRep_CommitDealNeverContacted_IsFlagged()
    {
        var sut = Flags(Deal("A", ForecastCategory.Commit) with { LastActivityDate = null });

        var flag = Assert.Single(sut);
        Assert.Equal(RiskKind.NoRecentContact, flag.Kind);
        Assert.Contains("no customer contact recorded", flag.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ForRep_BestCaseDealSilent_IsNotAContactRisk()
    {
        var sut = Flags(Deal("A", ForecastCategory.BestCase) with { LastActivityDate = Today.AddDays(-40) });

        Assert.Empty(sut);
    }

    [Fact]
    public void ForRep_CloseDateAndCategoryChangedSinceLastWeek_AreBothFlagged()
    {
        var deal = Deal("A", ForecastCategory.Commit);
        var before = DealSnapshot.Of(deal, Today.AddDays(-7)) with
        {
            CloseDate = Today.AddDays(-3),
            Category = ForecastCategory.BestCase,
        };

        var sut = Flags(deal, before);

        Assert.Equal([RiskKind.CloseDateMoved, RiskKind.CategoryChanged], sut.Select(f => f.Kind));
        Assert.Contains("from 30 Nov 2026 to 13 Dec 2026", sut[0].Text, StringComparison.Ordinal);
        Assert.Contains("from best case to commit", sut[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ForRep_SameAsLastWeek_IsNotFlagged()
    {
        var deal = Deal("A", ForecastCategory.Commit);

        var sut = Flags(deal, DealSnapshot.Of(deal, Today.AddDays(-7)));

        Assert.Empty(sut);
    }

    [Theory]
    [InlineData(150_000, false)]
    [InlineData(150_001, true)]
    public void ForRep_DealAboveFifteenPercentOfTeamForecast_IsConcentration(int amount, bool flagged)
    {
        var sut = Flags(Deal("A", ForecastCategory.BestCase, amount), teamForecast: 1_000_000m);

        Assert.Equal(flagged, sut.Any(f => f.Kind == RiskKind.Concentration));
    }

    [Fact]
    public void ForRep_PipelineDealAboveShare_IsNotInTheForecast()
    {
        var sut = Flags(Deal("A", ForecastCategory.Pipeline, 900_000m), teamForecast: 1_000_000m);

        Assert.Empty(sut);
    }

    [Fact]
    public void ForRep_EmptyTeamForecast_RaisesNoConcentration()
    {
        var sut = Flags(Deal("A", ForecastCategory.Commit, 0m), teamForecast: 0m);

        Assert.Empty(sut);
    }

    [Fact]
    public void ForRep_CoverageBelowMinimum_IsFlaggedOnce()
    {
        var rollup = Rollup(500_000m, Deal("A", amount: 200_000m));
        var coverage = CoverageRules.Of(
            rollup.OpenDeals,
            rollup.RemainingQuota,
            ForecastThresholds.Default,
            PipelineThresholds.Default);
        var none = new Dictionary<string, DealSnapshot>();

        var sut = RiskRules.ForRep(rollup, coverage, none, 0m, Today, ForecastThresholds.Default);

        var flag = Assert.Single(sut);
        Assert.Equal(RiskKind.LowCoverage, flag.Kind);
        Assert.Null(flag.CrmId);
        Assert.Contains("Coverage 0.4x", flag.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamForecast_SumsBestCase()
    {
        var sut = RiskRules.TeamForecast([Rollup(Won("W", 10m), Deal("C", ForecastCategory.Commit, 20m)), Rollup()]);

        Assert.Equal(30m, sut);
    }
}
