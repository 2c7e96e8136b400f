using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.ForecastCalls.ForecastDeals;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class ForecastBoardTests
{
    // Thursday 3 December 2026 is in ISO week 49; Monday 23 November starts week 48.
    private static readonly DateTimeOffset ThisWeek = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastWeek = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_NoReps_IsAnEmptyBoard()
    {
        var sut = ForecastBoard.Build(new ForecastFactsBuilder().Build());

        Assert.Empty(sut.Reps);
        Assert.Null(sut.Quota);
        Assert.Null(sut.Calibrated);
        Assert.Equal(RagStatus.NotEnoughData, sut.Coverage.Status);
    }

    [Fact]
    public void Build_RepCallAndManagerCall_GiveTheGapAndTheWeekOverWeekChange()
    {
        var facts = new ForecastFactsBuilder()
            .Rep(Rep, "Alex Wilber", quota: 300_000m)
            .Deals(Won("W", 50_000m), Deal("C", ForecastCategory.Commit, 100_000m))
            .Submitted(Rep, LastWeek, 120_000m, 150_000m, 200_000m)
            .Submitted(Rep, ThisWeek.AddHours(-2), 130_000m, 150_000m, 200_000m)
            .Submitted(Rep, ThisWeek, 140_000m, 150_000m, 200_000m)
            .ManagerCall(Rep, 110_000m)
            .Build();

        var sut = Assert.Single(ForecastBoard.Build(facts).Reps);

        Assert.Equal(140_000m, sut.Commit);
        Assert.Equal(-30_000m, sut.Gap);
        Assert.Equal(20_000m, sut.CommitChange);
        Assert.Equal(new CallFigures(150_000m, 150_000m, 150_000m), sut.Rollup.Crm);
        Assert.Equal(250_000m, sut.Coverage.RemainingQuota);
        Assert.False(sut.Calibrated.HasHistory);
    }

    [Fact]
    public void Build_RepWithoutCall_CountsAtTheCrmCommitAndHasNoGap()
    {
        var facts = new ForecastFactsBuilder()
            .Rep(Rep, "Alex Wilber")
            .Deals(Deal("C", ForecastCategory.Commit, 100_000m))
            .ManagerCall(Rep, 90_000m)
            .Build();

        var sut = ForecastBoard.Build(facts);

        Assert.Null(sut.Reps[0].Gap);
        Assert.Equal(100_000m, sut.Commit);
        Assert.Equal(90_000m, sut.ManagerCall);
        Assert.Equal(0, sut.Submitted);
    }

    [Fact]
    public void Build_TwoReps_SortsByNameTotalsAndCalibratesWithHistory()
    {
        var history = new PeriodResult(
            Period.Previous().Key,
            ThisWeek,
            [new RepOutcome("rep-2", 80m, 100m, 0.8m, 1)],
            0.8m,
            1);
        var facts = new ForecastFactsBuilder()
            .Rep("rep-2", "Zoe Ng", quota: 100_000m)
            .Rep(Rep, "Alex Wilber")
            .Deals(
                Deal("A", ForecastCategory.Commit, 100_000m),
                Deal("Z", ForecastCategory.BestCase, 50_000m, owner: "rep-2"))
            .Submitted("rep-2", ThisWeek, 40_000m, 50_000m, 50_000m)
            .History(history)
            .Build();

        var sut = ForecastBoard.Build(facts);

        Assert.Equal(["Alex Wilber", "Zoe Ng"], sut.Reps.Select(r => r.RepName));
        Assert.Equal(100_000m, sut.Quota);
        Assert.Equal(140_000m, sut.Commit);
        Assert.Equal(32_000m, sut.Reps[1].Calibrated.Adjusted);
        Assert.Equal(132_000m, sut.Calibrated);
        Assert.Same(history, sut.LastPeriod);
        Assert.Equal(0.8m, sut.Reps[1].LastPeriod!.Accuracy);
        Assert.Equal(150_000m, sut.ForecastTotal);
        Assert.Equal(0.5m, sut.Coverage.Multiple);
    }
}
