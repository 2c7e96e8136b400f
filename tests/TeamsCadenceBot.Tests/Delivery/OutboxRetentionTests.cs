using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Delivery;

public sealed class OutboxRetentionTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static readonly TimeSpan Keep = new DeliveryOptions().KeepFinishedFor;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly string _prefix = AzuriteStorage.UniquePrefix();
    private readonly BatchRecorder _batches = new();
    private readonly CadenceTables _tables;
    private readonly OutboxStore _outbox;

    public OutboxRetentionTests()
    {
        _tables = TestTables.Create(_prefix, _batches.ClientOptions());
        _outbox = new OutboxStore(_tables);
    }

    [Fact]
    public async Task RunOnceAsync_RowsFinishedBeforeTheRetentionPeriod_AreDeletedAndTheRestKept()
    {
        await FinishAsync("sent-long-ago", OutboxState.Sent);
        await FinishAsync("dead-long-ago", OutboxState.DeadLettered);
        await _outbox.TryAddAsync(Message("never-sent"), default);
        _clock.Advance(TimeSpan.FromDays(1));
        await FinishAsync("sent-lately", OutboxState.Sent);
        _clock.Advance(Keep);

        var deleted = await CreateSut(_clock).RunOnceAsync(default);

        Assert.Equal(2, deleted);
        Assert.Null(await _outbox.GetAsync(Tenant, "sent-long-ago", default));
        Assert.Null(await _outbox.GetAsync(Tenant, "dead-long-ago", default));
        Assert.Equal(OutboxState.Sent, (await _outbox.GetAsync(Tenant, "sent-lately", default))!.State);
        Assert.Equal(OutboxState.Pending, (await _outbox.GetAsync(Tenant, "never-sent", default))!.State);
        Assert.Equal(0, await CreateSut(_clock).RunOnceAsync(default));
    }

    [Fact]
    public async Task RunOnceAsync_MoreRowsThanOneDeleteChunk_DeletesThemAChunkAtATime()
    {
        var keys = KeysInOneBucket(5);
        foreach (var key in keys)
        {
            await FinishAsync(key, OutboxState.Sent);
        }

        await _outbox.TryAddAsync(Message(KeysInOneBucket(6)[5]), default);
        _clock.Advance(Keep + TimeSpan.FromDays(1));
        _batches.Clear();
        var sut = CreateSut(_clock, new OutboxStore(_tables) { DeleteEvery = 2 });

        var deleted = await sut.RunOnceAsync(default);

        Assert.Equal(5, deleted);
        Assert.Equal([2, 2, 1], _batches.Batches.Select(batch => batch.Actions));
        foreach (var key in keys)
        {
            Assert.Null(await _outbox.GetAsync(Tenant, key, default));
        }

        Assert.NotNull(await _outbox.GetAsync(Tenant, KeysInOneBucket(6)[5], default));
    }

    [Fact]
    public async Task RunOnceAsync_RowDeletedByAnotherInstanceMeanwhile_CountsOnlyTheRowsItDeleted()
    {
        var keys = KeysInOneBucket(3);
        foreach (var key in keys)
        {
            await FinishAsync(key, OutboxState.Sent);
        }

        _clock.Advance(Keep + TimeSpan.FromDays(1));
        var other = new OutboxStore(TestTables.Create(_prefix));
        _batches.BeforeNextBatch(async () =>
        {
            var table = await TestTables.Create(_prefix).GetAsync(OutboxStore.Table, default);
            await table.DeleteEntityAsync(OutboxStore.Partition(Tenant, keys[1]), TableKeys.Escape(keys[1]));
        });

        var deleted = await CreateSut(_clock).RunOnceAsync(default);

        Assert.Equal(2, deleted);
        foreach (var key in keys)
        {
            Assert.Null(await other.GetAsync(Tenant, key, default));
        }
    }

    [Fact]
    public async Task Execute_TenMinutesAfterStartAndThenDaily_DeletesWhatAgedAtTheNextDailyRun()
    {
        var clock = new WatchedClock();
        await FinishAsync("first", OutboxState.Sent, clock.GetUtcNow());
        clock.Advance(Keep + TimeSpan.FromHours(1));
        var sut = CreateSut(clock);

        await sut.StartAsync(default);
        await clock.WaitsStartedAsync(1);
        Assert.NotNull(await _outbox.GetAsync(Tenant, "first", default));
        clock.Advance(OutboxRetention.FirstRunAfter);
        await clock.WaitsStartedAsync(2);
        Assert.Null(await _outbox.GetAsync(Tenant, "first", default));

        // Ages a minute after that run: kept all day, deleted by the next day's run.
        await FinishAsync("second", OutboxState.Sent, clock.GetUtcNow() - Keep + TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(2, clock.Waits.Count);
        Assert.NotNull(await _outbox.GetAsync(Tenant, "second", default));
        clock.Advance(TimeSpan.FromHours(1));
        await clock.WaitsStartedAsync(3);
        await sut.StopAsync(default);

        Assert.Null(await _outbox.GetAsync(Tenant, "second", default));
        Assert.Equal([OutboxRetention.FirstRunAfter, TimeSpan.FromDays(1), TimeSpan.FromDays(1)], clock.Waits);
    }

    private Task FinishAsync(string key, OutboxState state) => FinishAsync(key, state, _clock.GetUtcNow());

    private async Task FinishAsync(string key, OutboxState state, DateTimeOffset at)
    {
        await _outbox.TryAddAsync(Message(key), default);
        var entry = await _outbox.GetAsync(Tenant, key, default);
        Assert.NotNull(await _outbox.TryFinishAsync(entry!, state, null, null, at, default));
    }

    // Keys whose rows share one partition, so that their deletes would go in one transaction.
    private static List<string> KeysInOneBucket(int count) =>
        [.. Enumerable.Range(0, 10_000)
            .Select(i => $"retention:{i}")
            .Where(key => TableKeys.Bucket(key, OutboxStore.Buckets) == 3)
            .Take(count)];

    private OutboxRetention CreateSut(TimeProvider clock, OutboxStore? outbox = null) =>
        new(outbox ?? _outbox, Options.Create(new DeliveryOptions()), clock, NullLogger<OutboxRetention>.Instance);

    private static OutboundMessage Message(string key) =>
        new(Tenant, key, "test", DeliveryTarget.Person("aad-rep"), new Activity { Text = key });
}
