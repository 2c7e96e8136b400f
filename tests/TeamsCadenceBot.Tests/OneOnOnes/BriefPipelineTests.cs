using TeamsCadenceBot.Deals;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.OneOnOnes;

public sealed class BriefPipelineTests
{
    private static readonly DateOnly LastOneOnOne = Today.AddDays(-7);

    private static BriefPipeline From(
        IReadOnlyList<Deal> then,
        IReadOnlyList<Deal> now,
        CoachingSuggestion? coaching = null) =>
        BriefPipeline.From(LastOneOnOne, true, then, now, Today, PipelineThresholds.Default, coaching);

    [Fact]
    public void From_SnapshotOfTheLastOneOnOne_ListsNewAdvancedSlippedAndLost()
    {
        Deal[] then =
        [
            Healthy("A", stage: DealStage.Discovery),
            Healthy("B") with { CloseDate = Today.AddDays(10) },
            Healthy("C"),
            Healthy("D"),
        ];
        Deal[] now =
        [
            Healthy("A", stage: DealStage.Qualification),
            Healthy("B") with { CloseDate = Today.AddDays(40) },
            Healthy("C", stage: DealStage.ClosedLost),
            Healthy("D"),
            Healthy("E", stage: DealStage.Discovery),
        ];

        var sut = From(then, now);

        Assert.Equal(
            [("A", PipelineChangeKind.Advanced), ("B", PipelineChangeKind.Slipped), ("C", PipelineChangeKind.Lost),
                ("E", PipelineChangeKind.New)],
            sut.Changes.Select(c => (c.Deal.CrmId, c.Kind)));
    }

    [Fact]
    public void From_NoSnapshotThatOld_NoChangesRatherThanEveryDealNew()
    {
        var sut = From([], [Healthy("A"), Healthy("B") with { LastActivityDate = Today.AddDays(-30) }]);

        Assert.Empty(sut.Changes);
        Assert.Equal("B", Assert.Single(sut.Flagged).Deal.CrmId);
    }

    [Fact]
    public void From_FlaggedDeals_CriticalFirstThenLargest_HealthyAndClosedLeftOut()
    {
        Deal[] now =
        [
            Healthy("healthy"),
            Healthy("warning-big", amount: 900_000m) with { CloseDatePushCount = 3 },
            Healthy("critical-small", amount: 10_000m) with { CloseDate = Today.AddDays(-2) },
            Healthy("critical-big", amount: 500_000m) with { LastActivityDate = Today.AddDays(-25) },
            Healthy("lost", stage: DealStage.ClosedLost) with { CloseDate = Today.AddDays(-2) },
        ];

        var sut = From([], now);

        Assert.Equal(["critical-big", "critical-small", "warning-big"], sut.Flagged.Select(f => f.Deal.CrmId));
        Assert.Contains("Stalled", sut.Flagged[0].Flags[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void IsEmpty_NothingChangedNothingFlaggedNoCoaching_True()
    {
        var sut = From([Healthy("A")], [Healthy("A")]);

        Assert.True(sut.IsEmpty);
        Assert.False(From([Healthy("A")], [Healthy("A")], Coaching()).IsEmpty);
    }

    internal static CoachingSuggestion Coaching() =>
        new(
            DealStage.Proposal,
            0.2m,
            0.55m,
            "From proposal to negotiation: 20% against the team's 55%. Coach on proposal.");
}
