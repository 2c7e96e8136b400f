using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class PipelineChangesTests
{
    [Fact]
    public void Between_TwoSnapshots_ListsNewAdvancedSlippedLostWonAndMovedBack()
    {
        var dec10 = new DateOnly(2026, 12, 10);
        var before = new[]
        {
            Healthy("A", stage: DealStage.Discovery),
            Healthy("B") with { CloseDate = dec10 },
            Healthy("C", stage: DealStage.Qualification),
            Healthy("D", stage: DealStage.Negotiation),
            Healthy("E"),
            Healthy("G", stage: DealStage.ClosedLost),
            Healthy("H"),
        };
        var after = new[]
        {
            Healthy("A", stage: DealStage.Qualification),
            Healthy("B") with { CloseDate = new DateOnly(2027, 1, 15) },
            Healthy("C", stage: DealStage.ClosedLost),
            Healthy("D", stage: DealStage.ClosedWon),
            Healthy("E", stage: DealStage.Qualification),
            Healthy("F", stage: DealStage.Discovery),
            Healthy("G", stage: DealStage.ClosedLost),
            Healthy("H"),
        };

        var sut = PipelineChanges.Between(before, after);

        Assert.Equal(
            [
                ("A", PipelineChangeKind.Advanced),
                ("B", PipelineChangeKind.Slipped),
                ("C", PipelineChangeKind.Lost),
                ("D", PipelineChangeKind.Won),
                ("E", PipelineChangeKind.MovedBack),
                ("F", PipelineChangeKind.New),
            ],
            sut.Select(c => (c.Deal.CrmId, c.Kind)));
        Assert.Equal("Contoso expansion B: close date slipped from 10 Dec 2026 to 15 Jan 2027", sut[1].Text);
    }

    [Fact]
    public void Between_AdvancedAndSlipped_ListsBoth()
    {
        var before = Healthy("A", stage: DealStage.Proposal);
        var after = Healthy("A", stage: DealStage.Negotiation) with { CloseDate = before.CloseDate!.Value.AddDays(14) };

        var sut = PipelineChanges.Between([before], [after]);

        Assert.Equal([PipelineChangeKind.Advanced, PipelineChangeKind.Slipped], sut.Select(c => c.Kind));
    }

    [Fact]
    public void Between_CreatedAndLostInBetween_CountsAsLost()
    {
        var sut = PipelineChanges.Between([], [Healthy("N", stage: DealStage.ClosedLost)]);

        Assert.Equal(PipelineChangeKind.Lost, Assert.Single(sut).Kind);
    }
}
