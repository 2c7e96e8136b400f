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
    private readonly CadenceTables _tables = TestTables.Create();
    private readonly OutboxStore _outbox;

    public OutboxRetentionTests()
    {
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

        var deleted = await CreateSut().RunOnceAsync(default);

        Assert.Equal(2, deleted);
        Assert.Null(await _outbox.GetAsync(Tenant, "sent-long-ago", default));
        Assert.Null(await _outbox.GetAsync(Tenant, "dead-long-ago", default));
        Assert.Equal(OutboxState.Sent, (await _outbox.GetAsync(Tenant, "sent-lately", default))!.State);
        Assert.Equal(OutboxState.Pending, (await _outbox.GetAsync(Tenant, "never-sent", default))!.State);
        Assert.Equal(0, await CreateSut().RunOnceAsync(default));
    }

    [Fact]
    public async Task Execute_TenMinutesAfterStartAndThenDaily_DeletesWhatAged()
    {
        await FinishAsync("first", OutboxState.Sent);
        _clock.Advance(Keep + TimeSpan.FromHours(1));
        var started = _clock.GetUtcNow();
        var sut = CreateSut();

        await sut.StartAsync(default);
        var firstRunAt = await AdvanceUntilAsync(TimeSpan.FromMinutes(1), async () => await _outbox.GetAsync(Tenant, "first", default) is null);
        await FinishAsync("second", OutboxState.Sent);
        _clock.Advance(Keep);
        var secondRunAt = await AdvanceUntilAsync(TimeSpan.FromHours(1), async () => await _outbox.GetAsync(Tenant, "second", default) is null);
        await sut.StopAsync(default);

        // The service starts its first wait on its own thread, and each step lets real time pass: hence the slack.
        Assert.InRange(firstRunAt - started, OutboxRetention.FirstRunAfter, OutboxRetention.FirstRunAfter + TimeSpan.FromMinutes(30));
        Assert.InRange(secondRunAt - firstRunAt, Keep, Keep + OutboxRetention.Interval + TimeSpan.FromHours(12));
    }

    private async Task FinishAsync(string key, OutboxState state)
    {
        await _outbox.TryAddAsync(Message(key), default);
        var entry = await _outbox.GetAsync(Tenant, key, default);
        Assert.NotNull(await _outbox.TryFinishAsync(entry!, state, null, null, _clock.GetUtcNow(), default));
    }

    // Moves the clock a step at a time, letting the service run between steps, until the condition holds;
    // returns the time it held at.
    private async Task<DateTimeOffset> AdvanceUntilAsync(TimeSpan step, Func<Task<bool>> condition)
    {
        for (var steps = 0; !await condition(); steps++)
        {
            Assert.True(steps < 2000, "the retention run did not get there");
            _clock.Advance(step);
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }

        return _clock.GetUtcNow();
    }

    private OutboxRetention CreateSut() =>
        new(_outbox, Options.Create(new DeliveryOptions()), _clock, NullLogger<OutboxRetention>.Instance);

    private static OutboundMessage Message(string key) =>
        new(Tenant, key, "test", DeliveryTarget.Person("aad-rep"), new Activity { Text = key });
}
