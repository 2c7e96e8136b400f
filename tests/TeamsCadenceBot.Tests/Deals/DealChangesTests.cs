using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class DealChangesTests
{
    private static readonly IsoWeek Week = new(2026, 49);

    [Theory]
    [InlineData(nameof(DealStage.Discovery), nameof(DealStage.Proposal), nameof(DealChangeKinds.Advanced))]
    [InlineData(nameof(DealStage.Negotiation), nameof(DealStage.Qualification), nameof(DealChangeKinds.MovedBack))]
    [InlineData(nameof(DealStage.Negotiation), nameof(DealStage.ClosedWon), nameof(DealChangeKinds.Won))]
    [InlineData(nameof(DealStage.Discovery), nameof(DealStage.ClosedLost), nameof(DealChangeKinds.Lost))]
    [InlineData(nameof(DealStage.ClosedWon), nameof(DealStage.ClosedLost), nameof(DealChangeKinds.Lost))]
    [InlineData(nameof(DealStage.ClosedLost), nameof(DealStage.Proposal), nameof(DealChangeKinds.Reopened))]
    [InlineData(nameof(DealStage.Proposal), nameof(DealStage.Proposal), nameof(DealChangeKinds.None))]
    public void Compare_StageMove_NamesIt(string before, string after, string expected)
    {
        var kinds = DealChanges.Compare(
            Snapshot("1") with { Stage = Enum.Parse<DealStage>(before) },
            Snapshot("1") with { Stage = Enum.Parse<DealStage>(after) });

        Assert.Equal(Enum.Parse<DealChangeKinds>(expected), kinds);
    }

    [Theory]
    [InlineData(1, nameof(DealChangeKinds.Slipped))]
    [InlineData(-1, nameof(DealChangeKinds.PulledIn))]
    [InlineData(0, nameof(DealChangeKinds.None))]
    public void Compare_CloseDateMove_NamesIt(int days, string expected)
    {
        var before = Snapshot("1");

        var kinds = DealChanges.Compare(before, before with { CloseDate = before.CloseDate!.Value.AddDays(days) });

        Assert.Equal(Enum.Parse<DealChangeKinds>(expected), kinds);
    }

    [Fact]
    public void Compare_CloseDateSetOrCleared_IsNotASlip()
    {
        var before = Snapshot("1");

        Assert.Equal(DealChangeKinds.None, DealChanges.Compare(before, before with { CloseDate = null }));
        Assert.Equal(DealChangeKinds.None, DealChanges.Compare(before with { CloseDate = null }, before));
    }

    [Fact]
    public void Compare_SeveralChanges_CombinesThem()
    {
        var before = Snapshot("1");
        var after = before with
        {
            Stage = DealStage.Negotiation,
            Category = ForecastCategory.Commit,
            Amount = 1m,
            CloseDate = before.CloseDate!.Value.AddDays(30),
        };

        var kinds = DealChanges.Compare(before, after);

        Assert.Equal(
            DealChangeKinds.Advanced | DealChangeKinds.Slipped | DealChangeKinds.CategoryChanged | DealChangeKinds.AmountChanged,
            kinds);
    }

    [Fact]
    public void Between_NewUnchangedAndRemoved_ListsOnlyChangesLaterOrderThenRemoved()
    {
        DealSnapshot[] earlier = [Snapshot("same"), Snapshot("gone"), Snapshot("grown")];
        DealSnapshot[] later = [Snapshot("fresh"), Snapshot("same"), Snapshot("grown") with { Amount = 2m }];

        var changes = DealChanges.Between(earlier, later);

        Assert.Equal(
            [("fresh", DealChangeKinds.New), ("grown", DealChangeKinds.AmountChanged), ("gone", DealChangeKinds.Removed)],
            changes.Select(c => (c.CrmId, c.Kinds)));
        Assert.Null(changes[0].Before);
        Assert.Null(changes[2].After);
        Assert.Equal("Deal gone", changes[2].Name);
    }

    private static DealSnapshot Snapshot(string crmId) =>
        new(
            crmId,
            $"Deal {crmId}",
            TestPeople.AlexId,
            DealStage.Proposal,
            10m,
            new DateOnly(2026, 12, 20),
            ForecastCategory.BestCase,
            Week,
            Week.Monday);
}
