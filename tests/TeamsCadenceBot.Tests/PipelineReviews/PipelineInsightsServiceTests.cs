using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.PipelineReviews.ReviewTestbed;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class PipelineInsightsServiceTests
{
    // Thursday 3 December 2026, 09:00 in New York, 15:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 14, 0, 0, TimeSpan.Zero);

    private static async Task<ReviewTestbed> SeededAsync()
    {
        var bed = new ReviewTestbed(Start);
        await bed.SeedOrgAsync();
        return bed;
    }

    [Fact]
    public async Task ChangesAsync_SinceTheLastOneOnOne_SnapshotThenAgainstTheDealsNow()
    {
        var bed = await SeededAsync();
        bed.Source.Snapshots.Add(new PipelineSnapshot(Today.AddDays(-14), [
            Healthy("A", Rep, DealStage.Discovery),
            Healthy("B", Rep) with { CloseDate = new DateOnly(2026, 12, 10) },
        ]));
        bed.Source.Deals.AddRange([
            Healthy("A", Rep, DealStage.Qualification),
            Healthy("B", Rep) with { CloseDate = new DateOnly(2027, 1, 15) },
            Healthy("C", Rep, DealStage.Discovery),
            Healthy("P", Peer, DealStage.Discovery),
        ]);

        var sut = await bed.Insights.ChangesAsync(TestDeals.Tenant, Rep, Today.AddDays(-10), Today, default);

        Assert.Equal(
            [("A", PipelineChangeKind.Advanced), ("B", PipelineChangeKind.Slipped), ("C", PipelineChangeKind.New)],
            sut.Select(c => (c.Deal.CrmId, c.Kind)));
    }

    [Fact]
    public async Task ChangesAsync_BetweenTwoPastDates_TwoSnapshots()
    {
        var bed = await SeededAsync();
        bed.Source.Snapshots.Add(new PipelineSnapshot(Today.AddDays(-21), [Healthy("A", Rep, DealStage.Proposal)]));
        bed.Source.Snapshots.Add(new PipelineSnapshot(Today.AddDays(-14), [Healthy("A", Rep, DealStage.ClosedLost)]));
        bed.Source.Deals.Add(Healthy("A", Rep, DealStage.ClosedLost));

        var sut = await bed.Insights.ChangesAsync(TestDeals.Tenant, Rep, Today.AddDays(-20), Today.AddDays(-13), default);

        Assert.Equal(PipelineChangeKind.Lost, Assert.Single(sut).Kind);
    }

    [Fact]
    public async Task CoachingAsync_RepLosesMoreAtProposal_SuggestsProposal()
    {
        var bed = await SeededAsync();
        var closed = Today.AddDays(-10);

        // Alex: 1 won, 3 lost at proposal (seen there a month ago); Lee: 4 won.
        // Proposal -> negotiation: Alex 1/4 = 25%; the team (1 + 4) / (5 + 3) = 62.5%.
        var lostAtProposal = Enumerable.Range(1, 3).Select(i => $"L{i}").ToList();
        var created = Today.AddDays(-60);
        bed.Source.Snapshots.Add(new PipelineSnapshot(
            Today.AddDays(-30),
            [.. lostAtProposal.Select(id => Healthy(id, Rep, DealStage.Proposal))]));
        bed.Source.Deals.AddRange(lostAtProposal.Select(id => Closed(id, DealStage.ClosedLost, 10_000m, created, closed, Rep)));
        bed.Source.Deals.Add(Closed("W0", DealStage.ClosedWon, 10_000m, created, closed, Rep));
        bed.Source.Deals.AddRange(
            Enumerable.Range(1, 4).Select(i => Closed($"W{i}", DealStage.ClosedWon, 10_000m, created, closed, Peer)));

        var sut = await bed.Insights.CoachingAsync(TestDeals.Tenant, Rep, default);

        Assert.Equal(DealStage.Proposal, sut!.Stage);
        Assert.Equal((0.25m, 0.625m), (sut.RepRate, sut.TeamRate));
        Assert.Equal(180 / 7, bed.Source.SnapshotQueries.Count);
    }

    [Fact]
    public async Task CoachingAsync_NoManager_Null()
    {
        var bed = await SeededAsync();

        Assert.Null(await bed.Insights.CoachingAsync(TestDeals.Tenant, Leader, default));
    }
}
