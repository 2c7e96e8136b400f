using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class DealHistoriesTests
{
    private static readonly DateOnly Nov5 = new(2026, 11, 5);
    private static readonly DateOnly Nov12 = new(2026, 11, 12);
    private static readonly DateOnly Nov19 = new(2026, 11, 19);

    [Fact]
    public void Build_WeeklySnapshots_TraceEachStayFromTheCrmsStageDates()
    {
        var discovery = Healthy("X", stage: DealStage.Discovery) with { StageEnteredDate = new DateOnly(2026, 10, 20) };
        var qualification = Healthy("X", stage: DealStage.Qualification) with { StageEnteredDate = new DateOnly(2026, 11, 10) };
        var lost = Healthy("X", stage: DealStage.ClosedLost) with { CloseDate = new DateOnly(2026, 11, 18) };
        var snapshots = new[]
        {
            new PipelineSnapshot(Nov12, [qualification]),
            new PipelineSnapshot(Nov5, [discovery]),
            new PipelineSnapshot(Nov19, [lost]),
        };

        var sut = Assert.Single(DealHistories.Build([lost], snapshots, Today));

        Assert.Equal(DealStage.Qualification, sut.FurthestOpenStage);
        Assert.Equal(
            [
                new StageVisit(DealStage.Discovery, new DateOnly(2026, 10, 20), new DateOnly(2026, 11, 10)),
                new StageVisit(DealStage.Qualification, new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 18)),
            ],
            sut.Visits);
        Assert.True(sut.Reached(DealStage.Qualification));
        Assert.False(sut.Reached(DealStage.Proposal));
    }

    [Fact]
    public void Build_StageDateMissing_UsesTheSnapshotThatFirstShowedIt()
    {
        var discovery = Healthy("Y", stage: DealStage.Discovery) with { StageEnteredDate = null };
        var proposal = Healthy("Y", stage: DealStage.Proposal) with { StageEnteredDate = null };

        var sut = Assert.Single(DealHistories.Build([proposal], [new PipelineSnapshot(Nov5, [discovery])], Today));

        Assert.Equal(
            [new StageVisit(DealStage.Discovery, Nov5, Today), new StageVisit(DealStage.Proposal, Today, null)],
            sut.Visits);
    }

    [Fact]
    public void Build_NoSnapshots_OpenDealIsInItsStage()
    {
        var deal = Healthy("Z", stage: DealStage.Proposal) with { StageEnteredDate = new DateOnly(2026, 11, 1) };

        var sut = Assert.Single(DealHistories.Build([deal], [], Today));

        Assert.Equal(DealStage.Proposal, sut.FurthestOpenStage);
        Assert.Equal([new StageVisit(DealStage.Proposal, new DateOnly(2026, 11, 1), null)], sut.Visits);
    }

    [Fact]
    public void Build_LostDealNeverSeenOpen_UnknownStages()
    {
        var lost = Healthy("L", stage: DealStage.ClosedLost);

        var sut = Assert.Single(DealHistories.Build([lost], [], Today));

        Assert.Null(sut.FurthestOpenStage);
        Assert.Null(sut.Reached(DealStage.Discovery));
    }

    [Fact]
    public void Build_WonDeal_ReachedEveryStage()
    {
        var won = Healthy("W", stage: DealStage.ClosedWon);

        var sut = Assert.Single(DealHistories.Build([won], [], Today));

        Assert.True(sut.Reached(DealStage.Negotiation));
        Assert.True(sut.Reached(DealStage.ClosedWon));
    }
}
