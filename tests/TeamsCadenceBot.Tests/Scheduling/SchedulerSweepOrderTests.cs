using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Scheduling;

// Work that is failing or claimed by another instance must not stand before newer due work.
public sealed class SchedulerSweepOrderTests
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

    private static ScheduledWork Work(string id, DateTimeOffset due) => new("tenant-1", id, "test.kind", due, "{}");

    [Fact]
    public async Task RunOnceAsync_MoreFailingPiecesThanABatchAndOneNewDuePiece_TheNewOneIsDoneInTheNextSweep()
    {
        var handler = new RecordingHandler
        {
            OnHandle = w => w.Id.StartsWith("failing", StringComparison.Ordinal)
                ? throw new InvalidOperationException("connector down")
                : Task.CompletedTask,
        };
        var sut = CreateSut(handler);
        var schedule = new WorkSchedule(_tables);
        var batch = new SchedulerOptions().BatchSize;
        for (var i = 0; i < batch + 50; i++)
        {
            await schedule.ScheduleAsync(Work($"failing{i:D3}", Start.AddHours(-1).AddSeconds(i)), CancellationToken.None);
        }

        await schedule.ScheduleAsync(Work("new", Start), CancellationToken.None);

        var first = await sut.SweepAsync(CancellationToken.None);
        var doneFirst = handler.Handled.Count;
        var second = await sut.SweepAsync(CancellationToken.None);

        Assert.Equal(new SweepOutcome(0, MoreDue: true), first);
        Assert.Equal(0, doneFirst);
        Assert.Equal(1, second.Done);
        Assert.Equal(["new"], handler.Handled.Select(w => w.Id));
    }

    [Fact]
    public async Task RunOnceAsync_FailingPiece_IsTriedAgainOnlyAfterItsBackoff()
    {
        var attempts = 0;
        var handler = new RecordingHandler
        {
            OnHandle = _ => Interlocked.Increment(ref attempts) == 1
                ? throw new InvalidOperationException("connector down")
                : Task.CompletedTask,
        };
        var sut = CreateSut(handler);
        await new WorkSchedule(_tables).ScheduleAsync(Work("w1", Start), CancellationToken.None);

        await sut.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(29));
        var duringBackoff = await sut.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var afterBackoff = await sut.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (duringBackoff, afterBackoff));
        Assert.Equal(2, attempts);
        Assert.Single(handler.Handled);
    }

    [Fact]
    public async Task SweepAsync_SecondInstanceWhileTheFirstHoldsItsBatch_DoesTheNextPiecesNotTheSameOnes()
    {
        const int Batch = 10;
        var holding = 0;
        var allHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstHandler = new RecordingHandler { Subject = w => w.Id };
        firstHandler.OnHandle = async _ =>
        {
            if (Interlocked.Increment(ref holding) == Batch)
            {
                allHeld.TrySetResult();
            }

            await release.Task.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System);
        };
        var secondHandler = new RecordingHandler { Subject = w => w.Id };
        var options = new SchedulerOptions { BatchSize = Batch, Concurrency = Batch };
        var first = CreateSut(firstHandler, options);
        var second = CreateSut(secondHandler, options);
        for (var i = 0; i < 2 * Batch; i++)
        {
            await new WorkSchedule(_tables).ScheduleAsync(Work($"w{i:D2}", Start.AddSeconds(-100 + i)), CancellationToken.None);
        }

        var firstSweep = Task.Run(() => first.SweepAsync(CancellationToken.None));
        await allHeld.Task.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System);
        var secondOutcome = await second.SweepAsync(CancellationToken.None);
        release.TrySetResult();
        var firstOutcome = await firstSweep;

        var byFirst = firstHandler.Handled.Select(w => w.Id).Order(StringComparer.Ordinal).ToList();
        var bySecond = secondHandler.Handled.Select(w => w.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal((Batch, Batch), (firstOutcome.Done, secondOutcome.Done));
        Assert.Equal(Enumerable.Range(0, Batch).Select(i => $"w{i:D2}"), byFirst);
        Assert.Equal(Enumerable.Range(Batch, Batch).Select(i => $"w{i:D2}"), bySecond);
    }
    [Fact]
    public async Task SweepAsync_RowsAnOlderVersionLeftClaimedAtTheirDueTime_MovedAsideSoNewerWorkIsDoneAndTheyRunAfterTheirLease()
    {
        var handler = new RecordingHandler();
        var sut = CreateSut(handler);
        var schedule = new WorkSchedule(_tables);
        var batch = new SchedulerOptions().BatchSize;
        for (var i = 0; i < batch + 50; i++)
        {
            await schedule.ScheduleAsync(Work($"old{i:D3}", Start.AddHours(-1).AddSeconds(i)), CancellationToken.None);
        }

        await HoldAtTheirDueTimeAsync(until: Start.AddHours(1));
        await schedule.ScheduleAsync(Work("new", Start), CancellationToken.None);

        var first = await sut.SweepAsync(CancellationToken.None);
        var second = await sut.SweepAsync(CancellationToken.None);
        var doneBeforeTheLeases = handler.Handled.Select(w => w.Id).ToList();
        _clock.Advance(TimeSpan.FromHours(1));
        for (var sweeps = 0; sweeps < 5 && (await sut.SweepAsync(CancellationToken.None)).MoreDue; sweeps++)
        {
        }

        Assert.Equal(new SweepOutcome(0, MoreDue: false), first);
        Assert.Equal(1, second.Done);
        Assert.Equal(["new"], doneBeforeTheLeases);
        Assert.Equal(batch + 51, handler.Handled.Select(w => w.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(batch + 51, handler.Handled.Count);
    }

    [Fact]
    public async Task SweepAsync_BackoffEndingWhenTheClaimWould_KeepsTheRowAndTriesAgainAfterIt()
    {
        var attempts = 0;
        var handler = new RecordingHandler
        {
            OnHandle = _ => Interlocked.Increment(ref attempts) <= 3
                ? throw new InvalidOperationException("connector down")
                : Task.CompletedTask,
        };
        var sut = CreateSut(handler, new SchedulerOptions { ClaimLease = TimeSpan.FromMinutes(2) });
        await new WorkSchedule(_tables).ScheduleAsync(Work("w1", Start), CancellationToken.None);

        // Backoffs of 30 s, 60 s, then 120 s: the third ends exactly when the third claim's lease does.
        await sut.SweepAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(30));
        await sut.SweepAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(60));
        await sut.SweepAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(119));
        var early = await sut.SweepAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var onTime = await sut.SweepAsync(CancellationToken.None);

        Assert.Equal((0, 1), (early.Done, onTime.Done));
        Assert.Equal(4, attempts);
    }

    // What a version that claimed rows in place (keyed at their due time) left behind when it stopped.
    private async Task HoldAtTheirDueTimeAsync(DateTimeOffset until)
    {
        var table = await _tables.GetAsync("schedule", CancellationToken.None);
        await foreach (var row in table.QueryAsync<ScheduledWorkEntity>(cancellationToken: CancellationToken.None))
        {
            row.LeaseUntil = until;
            row.LeaseOwner = "older-version";
            row.Attempts = 1;
            await table.UpdateEntityAsync(row, row.ETag, Azure.Data.Tables.TableUpdateMode.Replace, CancellationToken.None);
        }
    }
}
