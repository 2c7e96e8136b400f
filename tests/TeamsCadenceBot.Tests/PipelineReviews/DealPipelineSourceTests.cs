using Azure.Data.Tables;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

// The source over a real deal store on Azurite: what the reviews and the brief read after real imports.
public sealed class DealPipelineSourceTests
{
    private const string Rep = "rep-1";

    // Thursday 26 November (ISO week 48), Monday 30 November and Thursday 3 December (week 49).
    private static readonly DateOnly LastWeek = Today.AddDays(-7);
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private readonly CadenceTables _tables = TestTables.Create(AzuriteStorage.UniquePrefix());
    private readonly TableDealStore _store;
    private readonly DealPipelineSource _sut;

    public DealPipelineSourceTests()
    {
        _store = new TableDealStore(_tables);
        _sut = new DealPipelineSource(_store);
    }

    private static Deal Promised(DateOnly lastActivity) => Healthy("006A", Rep) with
    {
        NextStep = "Security review with IT",
        NextStepDate = Today.AddDays(-3),
        LastActivityDate = lastActivity,
    };

    private async Task<PipelineReview> ReviewAsync()
    {
        var deals = await _sut.ListDealsAsync(Tenant, [Rep], Today.AddDays(-180), default);
        var previous = await _sut.ListSnapshotAsync(Tenant, [Rep], LastWeek, default);
        return PipelineReviewer.Review(
            new ReviewedRep("manager-1", "Megan Bowen"),
            [new ReviewedRep(Rep, "Alex Wilber")],
            deals,
            previous,
            Today,
            PipelineThresholds.Default,
            null);
    }

    private static IEnumerable<DealFlagKind> FlagsOf(PipelineReview review) =>
        review.Reps.SelectMany(r => r.Flagged).SelectMany(d => d.Flags).Select(f => f.Kind);

    // An import that moved a deal to another owner wrote the new owner's copy and stopped before deleting the old.
    [Fact]
    public async Task ListSnapshotAsync_DealListedUnderTwoOwnersAfterACutShortMove_EachDealOnce()
    {
        await _store.UpsertAsync(Tenant, [Healthy("006A", Rep)], LastWeek, default);
        var table = await _tables.GetAsync(TableDealStore.TableName, default);
        var copy = (await table.GetEntityAsync<TableEntity>(
            TableDealStore.OwnerPartition(Tenant, Rep), TableKeys.Row("006A"))).Value;
        copy.PartitionKey = TableDealStore.OwnerPartition(Tenant, "rep-2");
        await table.AddEntityAsync(copy);

        var snapshot = await _sut.ListSnapshotAsync(Tenant, [Rep, "rep-2"], LastWeek, default);

        Assert.Equal(["006A"], snapshot.Select(d => d.CrmId));
    }

    [Fact]
    public async Task ListSnapshotAsync_StepDueSinceTheLastImportNeitherDoneNorActedOn_ReviewFlagsItMissed()
    {
        await _store.UpsertAsync(Tenant, [Promised(LastWeek.AddDays(-1))], LastWeek, default);
        await _store.UpsertAsync(Tenant, [Promised(LastWeek.AddDays(-1))], Today, default);

        var review = await ReviewAsync();

        var flag = Assert.Single(review.Reps.Single().Flagged.Single().Flags, f => f.Kind == DealFlagKind.NextStepMissed);
        Assert.Contains("\"Security review with IT\", was due 30 Nov 2026", flag.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Security review with IT", 10)]
    [InlineData(null, null)]
    public async Task ListSnapshotAsync_StepPushedOrClearedWithoutActivity_ReviewFlagsTheOldStepMissed(
        string? nextStep,
        int? dueInDays)
    {
        await _store.UpsertAsync(Tenant, [Promised(LastWeek.AddDays(-1))], LastWeek, default);
        var later = Promised(LastWeek.AddDays(-1)) with
        {
            NextStep = nextStep,
            NextStepDate = dueInDays is { } days ? Today.AddDays(days) : null,
        };
        await _store.UpsertAsync(Tenant, [later], Today, default);

        var review = await ReviewAsync();

        Assert.Contains(DealFlagKind.NextStepMissed, FlagsOf(review));
    }

    [Fact]
    public async Task ListSnapshotAsync_StepReplacedAtTheLaterImport_NoMissedStep()
    {
        await _store.UpsertAsync(Tenant, [Promised(LastWeek.AddDays(-1))], LastWeek, default);
        var replaced = Promised(LastWeek.AddDays(-1)) with { NextStep = "Pricing call", NextStepDate = Today.AddDays(4) };
        await _store.UpsertAsync(Tenant, [replaced], Today, default);

        var review = await ReviewAsync();

        Assert.DoesNotContain(DealFlagKind.NextStepMissed, FlagsOf(review));
    }

    [Fact]
    public async Task ListSnapshotAsync_ActivityAfterTheStepWasDue_NoMissedStep()
    {
        await _store.UpsertAsync(Tenant, [Promised(LastWeek.AddDays(-1))], LastWeek, default);
        await _store.UpsertAsync(Tenant, [Promised(Today.AddDays(-2))], Today, default);

        var review = await ReviewAsync();

        Assert.DoesNotContain(DealFlagKind.NextStepMissed, FlagsOf(review));
    }

    [Fact]
    public async Task ListSnapshotAsync_SnapshotWrittenBeforeSnapshotsKeptTheStep_UnknownSoNoFlagAndNoCrash()
    {
        var table = await _tables.GetAsync(TableDealStore.TableName, default);
        var old = DealSnapshot.Of(Promised(LastWeek.AddDays(-1)), LastWeek) with { NextStep = null, NextStepDate = null };
        var entity = DealSnapshotEntity.From(
            old,
            TableDealStore.SnapshotPartition(Tenant, IsoWeek.Of(LastWeek), Rep),
            TableKeys.Row(old.CrmId),
            "old");
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);
        var written = await table.GetEntityAsync<TableEntity>(entity.PartitionKey, entity.RowKey);
        Assert.False(written.Value.ContainsKey(nameof(DealSnapshotEntity.NextStep)));
        await _store.UpsertAsync(Tenant, [Promised(LastWeek.AddDays(-1))], Today, default);

        var review = await ReviewAsync();

        Assert.Equal(DealStage.Proposal, (await _sut.ListSnapshotAsync(Tenant, [Rep], LastWeek, default)).Single().Stage);
        Assert.DoesNotContain(DealFlagKind.NextStepMissed, FlagsOf(review));
    }

    [Fact]
    public async Task ListSnapshotAsync_RowRewrittenLaterInTheWeek_TakenFromTheWeekBeforeNotDropped()
    {
        Deal[] lastWeek = [Healthy("006A", Rep), Healthy("006B", Rep, DealStage.Qualification)];
        await _store.UpsertAsync(Tenant, lastWeek, LastWeek, default);
        await _store.UpsertAsync(Tenant, lastWeek, Monday, default);
        Deal[] thursday = [lastWeek[0], lastWeek[1] with { Stage = DealStage.Proposal }];
        await _store.UpsertAsync(Tenant, thursday, Today, default);

        var sut = await _sut.ListSnapshotAsync(Tenant, [Rep], Monday.AddDays(1), default);

        Assert.Equal(
            [("006A", DealStage.Proposal), ("006B", DealStage.Qualification)],
            sut.Select(d => (d.CrmId, d.Stage)));
        var changes = PipelineChanges.Between(sut, await _sut.ListDealsAsync(Tenant, [Rep], Monday, default));
        var change = Assert.Single(changes);
        Assert.Equal((PipelineChangeKind.Advanced, "006B"), (change.Kind, change.Deal.CrmId));
    }

    [Fact]
    public async Task ListSnapshotAsync_RewrittenLaterInItsFirstWeek_KeptIfItExistedThenElseNew()
    {
        Deal[] monday = [Healthy("006A", Rep) with { CreatedDate = Monday }, Healthy("006B", Rep)];
        await _store.UpsertAsync(Tenant, monday, Monday, default);
        Deal[] thursday =
        [
            monday[0] with { Stage = DealStage.Negotiation },
            monday[1],
            Healthy("006C", Rep) with { CreatedDate = Today },
        ];
        await _store.UpsertAsync(Tenant, thursday, Today, default);

        var sut = await _sut.ListSnapshotAsync(Tenant, [Rep], Monday.AddDays(1), default);

        Assert.Equal(["006A", "006B"], sut.Select(d => d.CrmId));
    }

    [Fact]
    public async Task ListSnapshotAsync_EveryRowOfTheWeekWrittenAfterTheDate_TheWeekBeforeIsUsedAndLaterDealsAreNew()
    {
        await _store.UpsertAsync(Tenant, [Healthy("006A", Rep, DealStage.Discovery)], LastWeek, default);
        Deal[] thursday = [Healthy("006A", Rep, DealStage.Proposal), Healthy("006D", Rep)];
        await _store.UpsertAsync(Tenant, thursday, Today, default);

        var sut = await _sut.ListSnapshotAsync(Tenant, [Rep], Monday, default);

        Assert.Equal(("006A", DealStage.Discovery), (Assert.Single(sut).CrmId, sut[0].Stage));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public async Task ListDealsAsync_ClosedWithoutACloseDate_CountsAsClosedWhenImported(int daysAfterImport, bool listed)
    {
        var lost = Healthy("006L", Rep, DealStage.ClosedLost) with { CloseDate = null };
        await _store.UpsertAsync(Tenant, [lost, Healthy("006A", Rep)], Monday, default);

        var sut = await _sut.ListDealsAsync(Tenant, [Rep], Monday.AddDays(daysAfterImport), default);

        Assert.Equal(listed, sut.Any(d => d.CrmId == "006L"));
        Assert.Contains(sut, d => d.CrmId == "006A");
    }
}
