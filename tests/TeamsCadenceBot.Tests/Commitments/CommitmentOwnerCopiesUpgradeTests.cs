using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Tests.Commitments;

public sealed class CommitmentOwnerCopiesUpgradeTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly CommitmentTestbed _bed = new(Start);

    [Fact]
    public async Task ApplyAsync_CopiesInTheOlderPerOwnerPartitions_RebuildsThemBesideTheRowAndDeletesTheOldOnes()
    {
        var item = await _bed.CommitAsync(Start.AddDays(5));
        var table = await _bed.Tables.GetAsync(CommitmentStore.Table, default);
        var partition = CommitmentStore.MainPartition(CommitmentTestbed.Tenant);
        var copyRow = CommitmentStore.OwnerRow(CommitmentTestbed.Rep, item.Id);
        // The older layout: no copy beside the row, one in the owner's own partition.
        await table.DeleteEntityAsync(partition, copyRow, ETag.All, default);
        var oldPartition = TableKeys.Partition(CommitmentTestbed.Tenant, "owner", CommitmentTestbed.Rep);
        await table.AddEntityAsync(CommitmentEntity.From(item, oldPartition), default);
        Assert.Empty(await _bed.Store.ListOwnedAsync(CommitmentTestbed.Tenant, CommitmentTestbed.Rep, null, default));

        var upgrade = new CommitmentOwnerCopiesUpgrade(_bed.Tables);
        var written = await upgrade.ApplyAsync(default);

        Assert.Equal(1, written);
        Assert.Equal(item.Id, Assert.Single(await _bed.Store.ListOwnedAsync(CommitmentTestbed.Tenant, CommitmentTestbed.Rep, null, default)).Id);
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>(oldPartition, item.Id)).HasValue);
        Assert.Equal(0, await upgrade.ApplyAsync(default));
    }

    [Fact]
    public async Task ApplyAsync_CopiesAlreadyBesideTheirRows_LeavesThemAsTheyAre()
    {
        var item = await _bed.CommitAsync(Start.AddDays(5));
        var table = await _bed.Tables.GetAsync(CommitmentStore.Table, default);
        var partition = CommitmentStore.MainPartition(CommitmentTestbed.Tenant);
        var before = await table.GetEntityAsync<TableEntity>(partition, CommitmentStore.OwnerRow(CommitmentTestbed.Rep, item.Id));

        Assert.Equal(0, await new CommitmentOwnerCopiesUpgrade(_bed.Tables).ApplyAsync(default));

        var after = await table.GetEntityAsync<TableEntity>(partition, CommitmentStore.OwnerRow(CommitmentTestbed.Rep, item.Id));
        Assert.Equal(before.Value.ETag, after.Value.ETag);
    }
}
