using Azure.Data.Tables;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Deals;

/// <summary>Where the deal store puts its rows, and the upgrade from the layout before it.</summary>
public sealed class DealLayoutTests
{
    private static readonly DateOnly Week49 = new(2026, 12, 3);

    private readonly CadenceTables _tables = TestTables.Create();
    private readonly TableDealStore _sut;

    public DealLayoutTests()
    {
        _sut = new TableDealStore(_tables);
    }

    [Fact]
    public async Task UpsertAsync_ManyDeals_SpreadsTheTenantOverItsBucketsAndTheWeekOverItsOwners()
    {
        var deals = Enumerable.Range(0, 640)
            .Select(i => DealBuilder.Open($"006{i:D5}", i % 2 == 0 ? TestPeople.AlexId : TestPeople.MeganId))
            .ToArray();

        await _sut.UpsertAsync(TestPeople.Tenant, deals, Week49, default);

        var partitions = await RowsPerPartitionAsync();
        var main = partitions.Where(p => TableKeys.Split(p.Key) is [_, "deal", _]).ToList();
        Assert.Equal(TableDealStore.MainBuckets, main.Count);
        Assert.Equal(640, main.Sum(p => p.Value));
        Assert.All(main, p => Assert.InRange(p.Value, 1, 640 / 8));
        var snapshots = partitions.Where(p => TableKeys.Split(p.Key) is [_, "snap", _, _]).ToList();
        Assert.Equal([320, 320], snapshots.Select(p => p.Value));
        Assert.DoesNotContain(partitions.Keys, key => TableKeys.Split(key) is [_, "deal"] or [_, "snap", _]);
    }

    [Fact]
    public void Bucket_SameId_IsTheSameInEveryProcess()
    {
        // Pinned values: a bucket that changed between versions would hide every stored deal.
        Assert.Equal(
            [27, 24, 5, 4],
            new[] { "0061000000AbCdE", "12345", "", "006A/1" }.Select(TableDealStore.Bucket));
    }

    [Fact]
    public async Task UpsertAsync_OwnerChangedWithinTheWeek_KeepsOneSnapshotUnderTheNewOwner()
    {
        await _sut.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1")], Week49, default);

        await _sut.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1", TestPeople.MeganId)], Week49.AddDays(1), default);

        var week = IsoWeek.Of(Week49);
        Assert.Equal(TestPeople.MeganId, Assert.Single(await _sut.ListSnapshotsAsync(TestPeople.Tenant, week, default)).OwnerId);
        Assert.Empty(await _sut.ListTeamSnapshotsAsync(TestPeople.Tenant, week, [TestPeople.AlexId], default));
        Assert.Single(await _sut.ListTeamSnapshotsAsync(TestPeople.Tenant, week, [TestPeople.AlexId, TestPeople.MeganId], default));
    }

    [Fact]
    public async Task ListTeamSnapshotsAsync_SomeOwners_ListsOnlyTheirDealsOfThatWeek()
    {
        await _sut.UpsertAsync(
            TestPeople.Tenant,
            [DealBuilder.Open("1"), DealBuilder.Open("2", TestPeople.MeganId), DealBuilder.Open("3", TestPeople.DiegoId)],
            Week49,
            default);

        var team = await _sut.ListTeamSnapshotsAsync(
            TestPeople.Tenant,
            IsoWeek.Of(Week49),
            [TestPeople.AlexId, TestPeople.MeganId],
            default);

        Assert.Equal(["1", "2"], team.Select(s => s.CrmId).Order(StringComparer.Ordinal));
        Assert.Empty(await _sut.ListTeamSnapshotsAsync(TestPeople.Tenant, IsoWeek.Of(Week49).Previous, [TestPeople.AlexId], default));
    }

    [Fact]
    public async Task ApplyAsync_RowsOfTheOlderLayout_MovesThemWhereTheStoreReadsThem()
    {
        var table = await _tables.GetAsync(TableDealStore.TableName, default);
        var week = IsoWeek.Of(Week49);
        var legacySnapshots = TableKeys.Partition(TestPeople.Tenant, "snap", week.ToString());
        foreach (var id in new[] { "006A/1", "006B" })
        {
            var deal = DealBuilder.Open(id) with { CloseDatePushCount = 2 };
            await table.AddEntityAsync(
                DealEntity.From(deal, TableDealStore.LegacyMainPartition(TestPeople.Tenant), TableKeys.Row(id), "0", Week49),
                default);
            await table.AddEntityAsync(
                DealEntity.From(deal, TableDealStore.LegacyMainPartition(TestPeople.Tenant), TableKeys.Row(id), "0", Week49)
                    .CopyTo(TableDealStore.OwnerPartition(TestPeople.Tenant, TestPeople.AlexId)),
                default);
            await table.AddEntityAsync(
                DealSnapshotEntity.From(DealSnapshot.Of(deal, Week49), legacySnapshots, TableKeys.Row(id), "0"),
                default);
        }

        var upgrade = new DealLayoutUpgrade(_tables);
        var moved = await upgrade.ApplyAsync(default);

        Assert.Equal(4, moved);
        Assert.Equal(2, (await _sut.GetAsync(TestPeople.Tenant, "006A/1", default))!.CloseDatePushCount);
        Assert.NotNull(await _sut.GetAsync(TestPeople.Tenant, "006B", default));
        Assert.Equal(2, (await _sut.ListTeamSnapshotsAsync(TestPeople.Tenant, week, [TestPeople.AlexId], default)).Count);
        var partitions = await RowsPerPartitionAsync();
        Assert.DoesNotContain(partitions.Keys, key => TableKeys.Split(key) is [_, "deal"] or [_, "snap", _]);
        Assert.Equal(2, partitions[TableDealStore.OwnerPartition(TestPeople.Tenant, TestPeople.AlexId)]);
        Assert.Equal(0, await upgrade.ApplyAsync(default));
    }

    [Fact]
    public async Task ApplyAsync_RowAlreadyInItsNewPlace_KeepsTheNewerOneAndDropsTheOld()
    {
        var table = await _tables.GetAsync(TableDealStore.TableName, default);
        await _sut.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("7") with { Amount = 5m }], Week49, default);
        var old = DealEntity.From(DealBuilder.Open("7") with { Amount = 1m }, TableDealStore.LegacyMainPartition(TestPeople.Tenant), "7", "0", Week49);
        await table.AddEntityAsync(old, default);

        await new DealLayoutUpgrade(_tables).ApplyAsync(default);

        Assert.Equal(5m, (await _sut.GetAsync(TestPeople.Tenant, "7", default))!.Amount);
        Assert.DoesNotContain((await RowsPerPartitionAsync()).Keys, key => key == TableDealStore.LegacyMainPartition(TestPeople.Tenant));
    }

    private async Task<Dictionary<string, int>> RowsPerPartitionAsync()
    {
        var table = await _tables.GetAsync(TableDealStore.TableName, default);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: default))
        {
            counts[row.PartitionKey] = counts.GetValueOrDefault(row.PartitionKey) + 1;
        }

        return counts;
    }
}
