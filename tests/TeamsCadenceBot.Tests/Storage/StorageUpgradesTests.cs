using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Tests.Storage;

public sealed class StorageUpgradesTests
{
    private readonly CadenceTables _tables = TestTables.Create();

    [Fact]
    public async Task ApplyPendingAsync_TwoStarts_AppliesEachUpgradeOnceAndInOrder()
    {
        var applied = new List<string>();
        IStorageUpgrade[] upgrades = [new CountingUpgrade("first", applied), new CountingUpgrade("second", applied)];

        await Start(upgrades);
        await Start(upgrades);

        Assert.Equal(["first", "second"], applied);
    }

    [Fact]
    public async Task ApplyPendingAsync_UpgradeFails_IsNotRecordedAndRunsAgainNextStart()
    {
        var applied = new List<string>();
        var failing = new CountingUpgrade("flaky", applied) { FailuresLeft = 1 };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Start([failing]));
        await Start([failing]);
        await Start([failing]);

        Assert.Equal(["flaky", "flaky"], applied);
    }

    [Fact]
    public async Task ExecuteAsync_StorageFailsAtFirst_TriesAgainAfterAPauseUntilDone()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-04T08:00:00Z", CultureInfo.InvariantCulture));
        var applied = new List<string>();
        var upgrades = new StorageUpgrades(
            _tables,
            [new CountingUpgrade("flaky", applied) { FailuresLeft = 2 }],
            clock,
            NullLogger<StorageUpgrades>.Instance);

        await upgrades.StartAsync(default);
        await WaitUntil(() => applied.Count == 1);
        var firstRetryAt = await AdvanceUntil(clock, () => applied.Count == 2);
        Assert.False(upgrades.Completed);
        var secondRetryAt = await AdvanceUntil(clock, () => upgrades.Completed);
        await upgrades.StopAsync(default);

        // Pauses of 2 s, then 4 s (each step of the clock lets real time pass, hence the slack).
        Assert.InRange(secondRetryAt - firstRetryAt, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(20));
        Assert.Equal(3, applied.Count);
    }

    [Fact]
    public async Task ExecuteAsync_UpgradeFailsTimeAfterTime_LogsOneErrorNamingItAtTheFifthFailureInARow()
    {
        var clock = new WatchedClock();
        var logger = new RecordingLogger<StorageUpgrades>();
        var sut = new StorageUpgrades(_tables, [new CountingUpgrade("broken", []) { FailuresLeft = 7 }], clock, logger);

        await sut.StartAsync(default);
        for (var failures = 1; failures <= 7; failures++)
        {
            await clock.WaitsStartedAsync(failures);
            var errors = logger.Entries.Count(e => e.Level == LogLevel.Error);
            Assert.Equal(failures < StorageUpgrades.FailuresBeforeError ? 0 : 1, errors);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        await sut.WhenCompleted.WaitAsync(TimeSpan.FromSeconds(10));
        await sut.StopAsync(default);

        var error = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("broken", error.Message, StringComparison.Ordinal);
        Assert.Contains("5 times in a row", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, logger.Entries.Count(e => e.Level == LogLevel.Warning));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "the upgrades did not get there");
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }
    }

    // Moves the clock half a second at a time, letting the upgrades run between steps, until the condition holds.
    private static async Task<DateTimeOffset> AdvanceUntil(FakeTimeProvider clock, Func<bool> condition)
    {
        for (var steps = 0; !condition(); steps++)
        {
            Assert.True(steps < 400, "the upgrades did not get there");
            clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }

        return clock.GetUtcNow();
    }

    private Task Start(IStorageUpgrade[] upgrades) =>
        new StorageUpgrades(_tables, upgrades, TimeProvider.System, NullLogger<StorageUpgrades>.Instance)
            .ApplyPendingAsync(default);

    private sealed class CountingUpgrade(string name, List<string> applied) : IStorageUpgrade
    {
        public int FailuresLeft { get; set; }

        public string Name => name;

        public Task<int> ApplyAsync(CancellationToken cancellationToken)
        {
            applied.Add(name);
            if (FailuresLeft-- > 0)
            {
                throw new InvalidOperationException("storage went away");
            }

            return Task.FromResult(3);
        }
    }
}
