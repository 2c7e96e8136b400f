using Azure.Data.Tables;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Delivery;

public sealed class OutboxLayoutUpgradeTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly CadenceTables _tables = TestTables.Create();

    [Fact]
    public async Task ApplyAsync_RowsOfTheSinglePartitionOutbox_AreFoundByKeyAfterwardsWithTheirState()
    {
        var outbox = new OutboxStore(_tables);
        var table = await _tables.GetAsync(OutboxStore.Table, default);
        foreach (var key in new[] { "commitment.due:c1", "prep:pair|2026-12-07" })
        {
            await outbox.TryAddAsync(Message(key), default);
            var stored = await table.GetEntityAsync<TableEntity>(OutboxStore.Partition(Tenant, key), TableKeys.Escape(key));
            // Where the older layout kept it.
            await table.AddEntityAsync(new TableEntity(stored.Value) { PartitionKey = TableKeys.Partition(Tenant, "outbox"), ETag = default });
            await table.DeleteEntityAsync(stored.Value.PartitionKey, stored.Value.RowKey);
        }

        Assert.Null(await outbox.GetAsync(Tenant, "commitment.due:c1", default));

        var upgrade = new OutboxLayoutUpgrade(_tables);
        Assert.Equal(2, await upgrade.ApplyAsync(default));

        Assert.Equal(OutboxState.Pending, (await outbox.GetAsync(Tenant, "commitment.due:c1", default))!.State);
        Assert.Equal("prep:pair|2026-12-07", (await outbox.GetAsync(Tenant, "prep:pair|2026-12-07", default))!.Message.Key);
        Assert.False(await outbox.TryAddAsync(Message("commitment.due:c1"), default));
        Assert.Equal(0, await upgrade.ApplyAsync(default));
    }

    [Fact]
    public void Partition_ManyKeys_SpreadsThemOverEveryBucket()
    {
        var partitions = Enumerable.Range(0, 1000).Select(i => OutboxStore.Partition(Tenant, $"commitment.due:c{i}")).ToList();

        Assert.Equal(OutboxStore.Buckets, partitions.Distinct(StringComparer.Ordinal).Count());
        Assert.All(partitions.GroupBy(p => p), g => Assert.InRange(g.Count(), 1000 / OutboxStore.Buckets / 2, 1000 / OutboxStore.Buckets * 2));
    }

    private static OutboundMessage Message(string key) =>
        new(Tenant, key, "commitment.due", DeliveryTarget.Person("00000000-0000-0000-0000-00000000000b"), new Activity { Text = "Due today" });
}
