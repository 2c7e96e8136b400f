using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Commitments;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class TableDealStoreTests
{
    private static readonly DateOnly Week48 = new(2026, 11, 26);
    private static readonly DateOnly Week49 = new(2026, 12, 3);

    private readonly WriteCounter _counter;
    private readonly TableDealStore _sut;

    public TableDealStoreTests()
    {
        (var tables, _counter) = WriteCounter.Tables();
        _sut = new TableDealStore(tables);
    }

    [Fact]
    public async Task UpsertAsync_NewDeals_CanBeReadBackWhole()
    {
        var deal = DealBuilder.Open("006A/1#?") with
        {
            NextStepDate = new DateOnly(2026, 12, 9),
            DecisionMaker = "Dana",
            Source = "Web",
        };

        var result = await _sut.UpsertAsync(TestPeople.Tenant, [deal], Week49, default);

        Assert.Equal(new DealUpsertResult(1, 0, 0, 1), result);
        Assert.Equal(deal with { ImportedOn = Week49 }, await _sut.GetAsync(TestPeople.Tenant, "006A/1#?", default));
        Assert.Null(await _sut.GetAsync(TestPeople.Tenant, "missing", default));
        Assert.Null(await _sut.GetAsync("another-tenant", "006A/1#?", default));
    }

    [Fact]
    public async Task UpsertAsync_SameDealsAgainInTheSameWeek_WritesNothing()
    {
        Deal[] deals = [DealBuilder.Open("1"), DealBuilder.Open("2", TestPeople.MeganId)];
        await _sut.UpsertAsync(TestPeople.Tenant, deals, Week49, default);
        _counter.Reset();

        var result = await _sut.UpsertAsync(TestPeople.Tenant, deals, Week49.AddDays(1), default);

        Assert.Equal(new DealUpsertResult(0, 0, 2, 0), result);
        Assert.Equal(0, _counter.Writes);
    }

    [Fact]
    public async Task UpsertAsync_SameDealsInALaterWeek_WritesOnlyThatWeeksSnapshots()
    {
        Deal[] deals = [DealBuilder.Open("1"), DealBuilder.Open("2")];
        await _sut.UpsertAsync(TestPeople.Tenant, deals, Week48, default);

        var result = await _sut.UpsertAsync(TestPeople.Tenant, deals, Week49, default);

        Assert.Equal(new DealUpsertResult(0, 0, 2, 2), result);
        Assert.Equal(2, (await _sut.ListSnapshotsAsync(TestPeople.Tenant, IsoWeek.Of(Week48), default)).Count);
        Assert.Equal(2, (await _sut.ListSnapshotsAsync(TestPeople.Tenant, IsoWeek.Of(Week49), default)).Count);
    }

    [Fact]
    public async Task UpsertAsync_ThousandsOfDeals_ReadsTheStreamInChunksAndWritesTransactionsOfAtMostAHundred()
    {
        const int Count = TableDealStore.ChunkSize + 200;
        var pulled = 0;
        int? pulledAtFirstWrite = null;

        async IAsyncEnumerable<IncomingDeal> Deals()
        {
            for (var i = 0; i < Count; i++)
            {
                // The first write creates the table; the second is the first transaction.
                if (_counter.Writes > 1)
                {
                    pulledAtFirstWrite ??= pulled;
                }

                pulled++;
                yield return new IncomingDeal(DealBuilder.Open($"D{i:D5}", i % 2 == 0 ? TestPeople.AlexId : TestPeople.MeganId));
                await Task.Yield();
            }
        }

        var result = await _sut.UpsertAsync(TestPeople.Tenant, Deals(), Week49, default);

        Assert.Equal(Count, result.Created);
        Assert.InRange(pulledAtFirstWrite ?? int.MaxValue, 1, TableDealStore.ChunkSize + 1);
        Assert.All(_counter.TransactionSizes, size => Assert.InRange(size, 1, 100));
        Assert.Equal(3 * Count, _counter.TransactionSizes.Sum());
    }

    [Fact]
    public async Task UpsertAsync_ChangedDeal_UpdatesItAndCountsTheRestUnchanged()
    {
        await _sut.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1"), DealBuilder.Open("2")], Week49, default);
        var changed = DealBuilder.Open("2") with { DecisionMaker = "Pat Lee, CFO" };

        var result = await _sut.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1"), changed], Week49, default);

        Assert.Equal(new DealUpsertResult(0, 1, 1, 0), result);
        Assert.Equal("Pat Lee, CFO", (await _sut.GetAsync(TestPeople.Tenant, "2", default))!.DecisionMaker);
    }

    [Fact]
    public async Task UpsertAsync_NextStepChangedInTheWeek_SnapshotRewrittenWithIt()
    {
        await _sut.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1")], Week49, default);
        var changed = DealBuilder.Open("1") with { NextStep = "Call the CFO", NextStepDate = Week49.AddDays(2) };

        var result = await _sut.UpsertAsync(TestPeople.Tenant, [changed], Week49.AddDays(1), default);

        Assert.Equal(new DealUpsertResult(0, 1, 0, 1), result);
        var snapshot = Assert.Single(await _sut.ListSnapshotsAsync(TestPeople.Tenant, IsoWeek.Of(Week49), default));
        Assert.Equal(
            ("Call the CFO", Week49.AddDays(2), Week49.AddDays(1)),
            (snapshot.NextStep, snapshot.NextStepDate, snapshot.AsOf));
    }

    [Fact]
    public async Task ListOpenDealsAsync_MixedDeals_ListsOnlyTheOwnersOpenOnes()
    {
        await _sut.UpsertAsync(
            TestPeople.Tenant,
            [
                DealBuilder.Open("1"),
                DealBuilder.Open("2", stage: DealStage.ClosedWon),
                DealBuilder.Open("3", TestPeople.MeganId),
                DealBuilder.Open("4", stage: DealStage.Discovery),
            ],
            Week49,
            default);

        var open = await _sut.ListOpenDealsAsync(TestPeople.Tenant, TestPeople.AlexId, default);

        Assert.Equal(["1", "4"], open.Select(d => d.CrmId));
    }

    [Fact]
    public async Task ListTeamDealsAsync_Owners_ListsTheirDealsOpenOrAll()
    {
        await _sut.UpsertAsync(
            TestPeople.Tenant,
            [
                DealBuilder.Open("1"),
                DealBuilder.Open("2", TestPeople.MeganId, DealStage.ClosedLost),
                DealBuilder.Open("3", TestPeople.MeganId),
                DealBuilder.Open("4", TestPeople.DiegoId),
            ],
            Week49,
            default);
        string[] team = [TestPeople.AlexId, TestPeople.MeganId];

        var all = await _sut.ListTeamDealsAsync(TestPeople.Tenant, team, openOnly: false, default);
        var open = await _sut.ListTeamDealsAsync(TestPeople.Tenant, team, openOnly: true, default);

        Assert.Equal(["1", "2", "3"], all.Select(d => d.CrmId));
        Assert.Equal(["1", "3"], open.Select(d => d.CrmId));
    }

    [Fact]
    public async Task UpsertAsync_OwnerChanged_MovesTheDealToTheNewOwnersList()
    {
        await _sut.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1")], Week48, default);

        await _sut.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1", TestPeople.MeganId)], Week49, default);

        Assert.Empty(await _sut.ListOpenDealsAsync(TestPeople.Tenant, TestPeople.AlexId, default));
        Assert.Equal("1", Assert.Single(await _sut.ListOpenDealsAsync(TestPeople.Tenant, TestPeople.MeganId, default)).CrmId);
    }

    // An import moving a deal to another owner wrote the new owner's snapshot and stopped before deleting the old.
    [Fact]
    public async Task UpsertAsync_OwnerMoveCutShortBeforeTheOldSnapshotWasDeleted_NextImportDeletesIt()
    {
        var prefix = AzuriteStorage.UniquePrefix();
        var first = new TableDealStore(TestTables.Create(prefix));
        await first.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1")], Week49, default);
        var failure = new FailingStorageRequest(
            m => m.Request.Method == Azure.Core.RequestMethod.Delete
                && m.Request.Uri.ToString().Contains("snap", StringComparison.Ordinal),
            afterStorage: false);
        var options = AzuriteStorage.FailFastOptions();
        options.AddPolicy(failure, Azure.Core.HttpPipelinePosition.PerRetry);
        var cutShort = new TableDealStore(new CadenceTables(TestTables.Options(prefix), options));
        var moved = DealBuilder.Open("1", TestPeople.MeganId);
        await Assert.ThrowsAnyAsync<Exception>(() => cutShort.UpsertAsync(TestPeople.Tenant, [moved], Week49, default));
        var sut = new TableDealStore(TestTables.Create(prefix));

        await sut.UpsertAsync(TestPeople.Tenant, [moved], Week49, default);

        Assert.True(failure.Failed);
        var snapshot = Assert.Single(await sut.ListSnapshotsAsync(TestPeople.Tenant, IsoWeek.Of(Week49), default));
        Assert.Equal(TestPeople.MeganId, snapshot.OwnerId);
    }

    [Fact]
    public async Task UpsertAsync_RepeatedIdInOneStream_LastOneWins()
    {
        var first = DealBuilder.Open("1");
        var second = first with { Amount = 5m };

        var result = await _sut.UpsertAsync(TestPeople.Tenant, [first, second], Week49, default);

        Assert.Equal((1, 1), (result.Created, result.Updated));
        Assert.Equal(5m, (await _sut.GetAsync(TestPeople.Tenant, "1", default))!.Amount);
    }

    [Fact]
    public async Task UpsertAsync_ExportWithoutHistory_DerivesPushCountAndStageEnteredFromTheWeekBefore()
    {
        const DerivedFields Derive = DerivedFields.CloseDatePushCount | DerivedFields.StageEnteredDate | DerivedFields.CreatedDate;
        var before = DealBuilder.Open("1", stage: DealStage.Qualification) with { StageEnteredDate = null };
        var steady = DealBuilder.Open("2") with { StageEnteredDate = null };
        await Upsert(Week48, Derive, before, steady);
        var moved = before with { Stage = DealStage.Proposal, CloseDate = before.CloseDate!.Value.AddDays(14) };
        var touched = steady with { LastActivityDate = Week49 };

        await Upsert(Week49, Derive, moved, touched);

        var one = await _sut.GetAsync(TestPeople.Tenant, "1", default);
        var two = await _sut.GetAsync(TestPeople.Tenant, "2", default);
        Assert.Equal((Week49, 1, Week48), (one!.StageEnteredDate!.Value, one.CloseDatePushCount, one.CreatedDate));
        Assert.Equal((Week48, 0, Week48), (two!.StageEnteredDate!.Value, two.CloseDatePushCount, two.CreatedDate));
    }

    [Fact]
    public async Task UpsertAsync_CloseDatePulledIn_DoesNotCountAsAPush()
    {
        var deal = DealBuilder.Open("1");
        await Upsert(Week48, DerivedFields.CloseDatePushCount, deal);

        await Upsert(Week49, DerivedFields.CloseDatePushCount, deal with { CloseDate = deal.CloseDate!.Value.AddDays(-5) });

        Assert.Equal(0, (await _sut.GetAsync(TestPeople.Tenant, "1", default))!.CloseDatePushCount);
    }

    [Fact]
    public async Task GetChangesAsync_TwoWeeks_ShowsWhatChangedForTheOwner()
    {
        var advancing = DealBuilder.Open("adv", stage: DealStage.Qualification);
        var slipping = DealBuilder.Open("slip");
        var losing = DealBuilder.Open("lost");
        var recategorised = DealBuilder.Open("cat");
        var resized = DealBuilder.Open("amt");
        var quiet = DealBuilder.Open("same");
        var leaving = DealBuilder.Open("gone");
        var othersDeal = DealBuilder.Open("other", TestPeople.MeganId);
        await _sut.UpsertAsync(
            TestPeople.Tenant,
            [advancing, slipping, losing, recategorised, resized, quiet, leaving, othersDeal],
            Week48,
            default);
        await _sut.UpsertAsync(
            TestPeople.Tenant,
            [
                advancing with { Stage = DealStage.Proposal },
                slipping with { CloseDate = new DateOnly(2027, 2, 1) },
                losing with { Stage = DealStage.ClosedLost, Category = ForecastCategory.Omitted },
                recategorised with { Category = ForecastCategory.Commit },
                resized with { Amount = 150_000m },
                quiet with { LastActivityDate = Week49 },
                leaving with { OwnerId = TestPeople.DiegoId },
                othersDeal with { Stage = DealStage.ClosedWon },
                DealBuilder.Open("new"),
            ],
            Week49,
            default);

        var changes = await _sut.GetChangesAsync(
            TestPeople.Tenant,
            TestPeople.AlexId,
            IsoWeek.Of(Week48),
            IsoWeek.Of(Week49),
            default);

        var kinds = changes.ToDictionary(c => c.CrmId, c => c.Kinds);
        Assert.Equal(
            new Dictionary<string, DealChangeKinds>
            {
                ["adv"] = DealChangeKinds.Advanced,
                ["slip"] = DealChangeKinds.Slipped,
                ["lost"] = DealChangeKinds.Lost | DealChangeKinds.CategoryChanged,
                ["cat"] = DealChangeKinds.CategoryChanged,
                ["amt"] = DealChangeKinds.AmountChanged,
                ["new"] = DealChangeKinds.New,
                ["gone"] = DealChangeKinds.Removed,
            },
            kinds);
        var slipped = changes.Single(c => c.CrmId == "slip");
        Assert.Equal(new DateOnly(2026, 12, 20), slipped.Before!.CloseDate);
        Assert.Equal(new DateOnly(2027, 2, 1), slipped.After!.CloseDate);
    }

    [Fact]
    public async Task ListSnapshotsAsync_AWeek_ShowsTheDealsAsTheyWereThen()
    {
        await _sut.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1")], Week48, default);
        await _sut.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1") with { Amount = 1m }], Week49, default);

        var then = Assert.Single(await _sut.ListSnapshotsAsync(TestPeople.Tenant, IsoWeek.Of(Week48), default));
        var now = Assert.Single(await _sut.ListSnapshotsAsync(TestPeople.Tenant, IsoWeek.Of(Week49), default));

        Assert.Equal((100_000m, Week48, IsoWeek.Of(Week48)), (then.Amount!.Value, then.AsOf, then.Week));
        Assert.Equal(1m, now.Amount);
        Assert.Empty(await _sut.ListSnapshotsAsync(TestPeople.Tenant, IsoWeek.Of(Week49).Previous.Previous, default));
    }

    private Task<DealUpsertResult> Upsert(DateOnly asOf, DerivedFields derive, params Deal[] deals) =>
        _sut.UpsertAsync(TestPeople.Tenant, deals.Select(d => new IncomingDeal(d, derive)).ToAsyncEnumerable(), asOf, default);
}
