using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Scheduling;

public sealed class SchedulerSweepTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly CadenceTables _tables = TestTables.Create();

    private SchedulerSweep CreateSut(RecordingHandler handler, SchedulerOptions? options = null) =>
        new(
            new WorkSchedule(_tables),
            new DeadLetterStore(_tables),
            [handler],
            Options.Create(options ?? new SchedulerOptions()),
            _clock,
            NullLogger<SchedulerSweep>.Instance);

    private static ScheduledWork Work(string id, DateTimeOffset due, string kind = "test.kind") =>
        new("tenant-1", id, kind, due, "{}");

    [Fact]
    public async Task RunOnceAsync_WorkNotYetDue_IsLeftAlone()
    {
        var handler = new RecordingHandler();
        var sut = CreateSut(handler);
        await new WorkSchedule(_tables).ScheduleAsync(Work("w1", Start.AddMinutes(1)), CancellationToken.None);

        var done = await sut.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, done);
        Assert.Empty(handler.Handled);
    }

    [Fact]
    public async Task RunOnceAsync_WorkDueExactlyNow_IsDoneOnceAndRemoved()
    {
        var handler = new RecordingHandler();
        var sut = CreateSut(handler);
        await new WorkSchedule(_tables).ScheduleAsync(Work("w1", Start.AddMinutes(1)), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));

        await sut.RunOnceAsync(CancellationToken.None);
        await sut.RunOnceAsync(CancellationToken.None);

        Assert.Single(handler.Handled);
    }

    [Fact]
    public async Task ScheduleAsync_SameWorkTwice_IsStoredOnce()
    {
        var handler = new RecordingHandler();
        var schedule = new WorkSchedule(_tables);
        await schedule.ScheduleAsync(Work("w1", Start), CancellationToken.None);
        await schedule.ScheduleAsync(Work("w1", Start), CancellationToken.None);

        await CreateSut(handler).RunOnceAsync(CancellationToken.None);

        Assert.Single(handler.Handled);
    }

    [Fact]
    public async Task RunOnceAsync_WorkPastItsStaleTime_IsDroppedNotDone()
    {
        var handler = new RecordingHandler();
        var stale = Work("prompt", Start.AddHours(-25)) with { StaleAt = Start.AddHours(-1) };
        var late = Work("reminder", Start.AddHours(-25));
        var schedule = new WorkSchedule(_tables);
        await schedule.ScheduleAsync(stale, CancellationToken.None);
        await schedule.ScheduleAsync(late, CancellationToken.None);

        await CreateSut(handler).RunOnceAsync(CancellationToken.None);
        await CreateSut(handler).RunOnceAsync(CancellationToken.None);

        Assert.Equal(["reminder"], handler.Handled.Select(w => w.Id));
    }

    [Fact]
    public async Task RunOnceAsync_HandlerFails_RetriesWithBackoffThenDeadLetters()
    {
        var handler = new RecordingHandler { OnHandle = _ => throw new InvalidOperationException("connector down") };
        var sut = CreateSut(handler, new SchedulerOptions { MaxAttempts = 2 });
        await new WorkSchedule(_tables).ScheduleAsync(Work("w1", Start), CancellationToken.None);

        await sut.RunOnceAsync(CancellationToken.None);
        var beforeBackoff = await sut.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await sut.RunOnceAsync(CancellationToken.None);

        var letters = await new DeadLetterStore(_tables).ListAsync("tenant-1", 10, CancellationToken.None);
        Assert.Equal(0, beforeBackoff);
        var letter = Assert.Single(letters);
        Assert.Equal("w1", letter.Key);
        Assert.Contains("connector down", letter.Reason, StringComparison.Ordinal);
        Assert.Equal(2, letter.Attempts);
    }

    [Fact]
    public async Task RunOnceAsync_UnknownKind_IsDeadLetteredWithTheReason()
    {
        var handler = new RecordingHandler();
        await new WorkSchedule(_tables).ScheduleAsync(Work("w1", Start, kind: "nobody.handles"), CancellationToken.None);

        await CreateSut(handler).RunOnceAsync(CancellationToken.None);

        var letter = Assert.Single(await new DeadLetterStore(_tables).ListAsync("tenant-1", 10, CancellationToken.None));
        Assert.Contains("nobody.handles", letter.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_TwoInstancesOnManyDueItems_EachItemDoneExactlyOnce()
    {
        var handler = new RecordingHandler();
        var schedule = new WorkSchedule(_tables);
        for (var i = 0; i < 150; i++)
        {
            await schedule.ScheduleAsync(Work($"w{i}", Start.AddSeconds(-i)), CancellationToken.None);
        }

        var first = CreateSut(handler);
        var second = CreateSut(handler);
        await Task.WhenAll(
            Task.Run(() => first.RunOnceAsync(CancellationToken.None)),
            Task.Run(() => second.RunOnceAsync(CancellationToken.None)));

        Assert.Equal(150, handler.Handled.Count);
        Assert.Equal(150, handler.Handled.Select(w => w.Id).Distinct().Count());
    }

    [Fact]
    public async Task RunOnceAsync_InstanceDiedAfterClaiming_AnotherFinishesAfterTheLease()
    {
        var handler = new RecordingHandler();
        var schedule = new WorkSchedule(_tables);
        await schedule.ScheduleAsync(Work("w1", Start), CancellationToken.None);
        var due = await schedule.ReadDueAsync("tenant-1", Start, 10, CancellationToken.None);
        await schedule.TryClaimAsync(due[0], "died", Start, Start.AddMinutes(2), CancellationToken.None);
        var sut = CreateSut(handler);

        await sut.RunOnceAsync(CancellationToken.None);
        var duringLease = handler.Handled.Count;
        _clock.Advance(TimeSpan.FromMinutes(2));
        await sut.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, duringLease);
        Assert.Single(handler.Handled);
    }

    [Fact]
    public async Task ReadDueAsync_ManyFutureItems_ReadsOnlyTheDueOnes()
    {
        var schedule = new WorkSchedule(_tables);
        for (var i = 0; i < 50; i++)
        {
            await schedule.ScheduleAsync(Work($"future{i}", Start.AddDays(1 + i)), CancellationToken.None);
        }

        await schedule.ScheduleAsync(Work("due", Start.AddSeconds(-1)), CancellationToken.None);

        var due = await schedule.ReadDueAsync("tenant-1", Start, 100, CancellationToken.None);

        Assert.Equal(["due"], due.Select(e => e.WorkId));
    }

    [Fact]
    public async Task SweepAsync_ManySubjectsDue_RunsAsManyAsTheConcurrencyAtOnce()
    {
        var running = 0;
        var most = 0;
        var allIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler { Subject = w => w.Id };
        handler.OnHandle = async _ =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            if (now == 4)
            {
                allIn.TrySetResult();
            }

            await allIn.Task.WaitAsync(TimeSpan.FromSeconds(20), TimeProvider.System);
            Interlocked.Decrement(ref running);
        };
        var sut = CreateSut(handler, new SchedulerOptions { Concurrency = 4 });
        for (var i = 0; i < 8; i++)
        {
            await new WorkSchedule(_tables).ScheduleAsync(Work("w" + i, Start), CancellationToken.None);
        }

        var outcome = await sut.SweepAsync(CancellationToken.None);

        Assert.Equal(8, outcome.Done);
        Assert.Equal(4, most);
    }

    [Fact]
    public async Task SweepAsync_PiecesOfOneSubject_RunOneAtATimeInDueOrder()
    {
        var running = 0;
        var most = 0;
        var handler = new RecordingHandler { Subject = _ => "commitment-1" };
        handler.OnHandle = async _ =>
        {
            InterlockedMax(ref most, Interlocked.Increment(ref running));
            await Task.Yield();
            Interlocked.Decrement(ref running);
        };
        var sut = CreateSut(handler, new SchedulerOptions { Concurrency = 8 });
        for (var i = 5; i > 0; i--)
        {
            await new WorkSchedule(_tables).ScheduleAsync(Work("w" + i, Start.AddMinutes(i)), CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromMinutes(5));
        await sut.SweepAsync(CancellationToken.None);

        Assert.Equal(1, most);
        Assert.Equal(["w1", "w2", "w3", "w4", "w5"], handler.Handled.Select(w => w.Id));
    }

    [Fact]
    public async Task SweepAsync_FullBatchDone_SaysMoreMayBeDue()
    {
        var handler = new RecordingHandler();
        var sut = CreateSut(handler, new SchedulerOptions { BatchSize = 2 });
        for (var i = 0; i < 3; i++)
        {
            await new WorkSchedule(_tables).ScheduleAsync(Work("w" + i, Start), CancellationToken.None);
        }

        var first = await sut.SweepAsync(CancellationToken.None);
        var second = await sut.SweepAsync(CancellationToken.None);

        Assert.Equal(new SweepOutcome(2, MoreDue: true), first);
        Assert.Equal(new SweepOutcome(1, MoreDue: false), second);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var actual && actual != seen)
        {
            seen = actual;
        }
    }
}
