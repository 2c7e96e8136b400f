using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Delivery;

public sealed class OutboxLayoutUpgradeTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Key = "commitment.due:c1";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly CadenceTables _tables = TestTables.Create();

    [Fact]
    public async Task ApplyAsync_RowsOfTheSinglePartitionOutbox_AreFoundByKeyAfterwardsWithTheirState()
    {
        var outbox = new OutboxStore(_tables);
        foreach (var key in new[] { Key, "prep:pair|2026-12-07" })
        {
            await outbox.TryAddAsync(Message(key), default);
            await MoveToOlderLayoutAsync(key);
        }

        Assert.Null(await outbox.GetAsync(Tenant, Key, default));

        var sut = new OutboxLayoutUpgrade(_tables, _clock);
        Assert.Equal(2, await sut.ApplyAsync(default));

        Assert.Equal(OutboxState.Pending, (await outbox.GetAsync(Tenant, Key, default))!.State);
        var prep = await outbox.GetAsync(Tenant, "prep:pair|2026-12-07", default);
        Assert.Equal("prep:pair|2026-12-07", prep!.Message.Key);
        Assert.False(await outbox.TryAddAsync(Message(Key), default));
        Assert.Equal(0, await sut.ApplyAsync(default));
    }

    [Fact]
    public async Task ApplyAsync_PendingRowQueuedAgainBeforeTheMove_TheSentRowWinsAndIsNotSentAgain()
    {
        var outbox = new OutboxStore(_tables);
        await SendAsync(outbox, Key, "activity-1");
        await MoveToOlderLayoutAsync(Key);
        // What a turn queued while the sent row still sat in the older partition.
        Assert.True(await outbox.TryAddAsync(Message(Key), default));

        await new OutboxLayoutUpgrade(_tables, _clock).ApplyAsync(default);

        var entry = await outbox.GetAsync(Tenant, Key, default);
        Assert.Equal(OutboxState.Sent, entry!.State);
        Assert.Equal("activity-1", entry.SentActivityId);
        Assert.Empty(await RowsAsync(OutboxStore.OlderPartition(Tenant)));
    }

    [Fact]
    public async Task ApplyAsync_PendingRowInTheOlderPlaceAndInTheNew_KeepsTheNewOne()
    {
        var outbox = new OutboxStore(_tables);
        await outbox.TryAddAsync(Message(Key), default);
        await MoveToOlderLayoutAsync(Key);
        await outbox.TryAddAsync(Message(Key) with { Kind = "newer" }, default);

        await new OutboxLayoutUpgrade(_tables, _clock).ApplyAsync(default);

        Assert.Equal("newer", (await outbox.GetAsync(Tenant, Key, default))!.Message.Kind);
    }

    [Fact]
    public async Task ApplyAsync_FinishedRowWithoutFinishedAt_IsStampedWithItsLastChangeSoRetentionDeletesIt()
    {
        var outbox = new OutboxStore(_tables);
        await SendAsync(outbox, Key, "activity-1");
        await outbox.TryAddAsync(Message("never-sent"), default);
        var table = await _tables.GetAsync(OutboxStore.Table, default);
        foreach (var key in new[] { Key, "never-sent" })
        {
            await MoveToOlderLayoutAsync(key, row => row.Remove("FinishedAt"));
        }

        var older = await table.GetEntityAsync<TableEntity>(OutboxStore.OlderPartition(Tenant), Key);
        var lastChange = older.Value.Timestamp;

        await new OutboxLayoutUpgrade(_tables, _clock).ApplyAsync(default);

        var moved = await table.GetEntityAsync<TableEntity>(OutboxStore.Partition(Tenant, Key), TableKeys.Escape(Key));
        Assert.Equal(lastChange, moved.Value.GetDateTimeOffset("FinishedAt"));
        var pending = await table.GetEntityAsync<TableEntity>(
            OutboxStore.Partition(Tenant, "never-sent"),
            "never-sent");
        Assert.Null(pending.Value.GetDateTimeOffset("FinishedAt"));
        Assert.Equal(1, await outbox.DeleteFinishedBeforeAsync(lastChange!.Value.AddSeconds(1), default));
    }

    [Fact]
    public async Task ApplyAsync_HundredRowsWithEightyKilobyteCards_MovesThemAllInTransactionsUnderFourMiB()
    {
        var recorder = new BatchRecorder();
        var tables = TestTables.Create(AzuriteStorage.UniquePrefix(), recorder.ClientOptions());
        var outbox = new OutboxStore(tables);
        var table = await tables.GetAsync(OutboxStore.Table, default);
        var card = new string('x', 80_000);
        // Keys of one bucket: their new partition is the same, so all hundred could go in one transaction.
        var keys = Enumerable.Range(0, 10_000)
            .Select(i => $"card:{i:D4}")
            .Where(key => TableKeys.Bucket(key, OutboxStore.Buckets) == 5)
            .Take(100)
            .ToList();
        foreach (var key in keys)
        {
            await outbox.TryAddAsync(Message(key, card), default);
            await MoveToOlderLayoutAsync(table, key);
        }

        recorder.Clear();

        var moved = await new OutboxLayoutUpgrade(tables, _clock).ApplyAsync(default);

        Assert.Equal(100, moved);
        Assert.Equal(card, (await outbox.GetAsync(Tenant, keys[42], default))!.Message.Activity.Text);
        Assert.True(recorder.Batches.Count(batch => batch.Actions > 1) >= 3, "the adds were not cut by size");
        Assert.All(recorder.Batches, batch => Assert.InRange(batch.Bytes, 1, 4L * 1024 * 1024));
        Assert.Empty(await RowsAsync(OutboxStore.OlderPartition(Tenant)));
    }

    [Fact]
    public async Task TryAddAsync_KeySentInTheOlderLayoutWhileTheUpgradesRun_IsRefusedAndReadFromThere()
    {
        var held = new HeldUpgrade();
        var upgrades = new StorageUpgrades(_tables, [held], _clock, NullLogger<StorageUpgrades>.Instance);
        var applying = upgrades.ApplyPendingAsync(default);
        var sut = new OutboxStore(_tables, upgrades);
        await SendAsync(new OutboxStore(_tables), Key, "activity-1");
        await MoveToOlderLayoutAsync(Key);

        var added = await sut.TryAddAsync(Message(Key), default);
        var entry = await sut.GetAsync(Tenant, Key, default);

        Assert.False(added);
        Assert.Equal("activity-1", entry!.SentActivityId);
        held.Release();
        await applying;
        Assert.Null(await sut.GetAsync(Tenant, Key, default));
    }

    [Fact]
    public async Task TryUpdateAsync_EntryReadFromTheOlderLayout_ChangesNothingAndTheMoveKeepsTheRowAsItWas()
    {
        var held = new HeldUpgrade();
        var upgrades = new StorageUpgrades(_tables, [held], _clock, NullLogger<StorageUpgrades>.Instance);
        var applying = upgrades.ApplyPendingAsync(default);
        var sut = new OutboxStore(_tables, upgrades);
        await sut.TryAddAsync(Message(Key), default);
        await MoveToOlderLayoutAsync(Key);
        var entry = await sut.GetAsync(Tenant, Key, default);

        var claimed = await sut.TryUpdateAsync(entry!, OutboxState.Sending, 1, null, null, null, default);

        Assert.Null(claimed);
        held.Release();
        await applying;
        await new OutboxLayoutUpgrade(_tables, _clock).ApplyAsync(default);
        var moved = await sut.GetAsync(Tenant, Key, default);
        Assert.Equal(OutboxState.Pending, moved!.State);
        Assert.Equal(0, moved.Attempts);
    }

    [Fact]
    public void Partition_ManyKeys_SpreadsThemOverEveryBucket()
    {
        var partitions = Enumerable.Range(0, 1000)
            .Select(i => OutboxStore.Partition(Tenant, $"commitment.due:c{i}"))
            .ToList();

        Assert.Equal(OutboxStore.Buckets, partitions.Distinct(StringComparer.Ordinal).Count());
        Assert.All(
            partitions.GroupBy(p => p),
            g => Assert.InRange(g.Count(), 1000 / OutboxStore.Buckets / 2, 1000 / OutboxStore.Buckets * 2));
    }

    private async Task SendAsync(OutboxStore outbox, string key, string activityId)
    {
        await outbox.TryAddAsync(Message(key), default);
        var entry = await outbox.GetAsync(Tenant, key, default);
        var at = _clock.GetUtcNow();
        var finished = await outbox.TryFinishAsync(entry!, OutboxState.Sent, activityId, null, at, default);
        Assert.NotNull(finished);
    }

    // Puts the row where the version before the spread outbox kept it.
    private async Task MoveToOlderLayoutAsync(string key, Action<TableEntity>? change = null) =>
        await MoveToOlderLayoutAsync(await _tables.GetAsync(OutboxStore.Table, default), key, change);

    private static async Task MoveToOlderLayoutAsync(TableClient table, string key, Action<TableEntity>? change = null)
    {
        var stored = (await table.GetEntityAsync<TableEntity>(
            OutboxStore.Partition(Tenant, key),
            TableKeys.Escape(key))).Value;
        var older = new TableEntity(stored) { PartitionKey = OutboxStore.OlderPartition(Tenant), ETag = default };
        change?.Invoke(older);
        await table.AddEntityAsync(older);
        await table.DeleteEntityAsync(stored.PartitionKey, stored.RowKey);
    }

    private async Task<List<TableEntity>> RowsAsync(string partition)
    {
        var table = await _tables.GetAsync(OutboxStore.Table, default);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == partition))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static OutboundMessage Message(string key, string text = "Due today") =>
        new(
            Tenant,
            key,
            "commitment.due",
            DeliveryTarget.Person("00000000-0000-0000-0000-00000000000b"),
            new Activity { Text = text });
}
