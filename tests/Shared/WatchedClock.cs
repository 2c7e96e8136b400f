using Microsoft.Extensions.Time.Testing;

namespace TeamsCadenceBot.Testing;

/// <summary>A fake clock that tells the test when code starts waiting on it, and for how long.</summary>
public sealed class WatchedClock : TimeProvider
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly List<TimeSpan> _waits = [];
    private readonly List<(int Count, TaskCompletionSource Started)> _watchers = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_lock)
            {
                return [.. _waits];
            }
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => _time.TimestampFrequency;

    public void Advance(TimeSpan by) => _time.Advance(by);

    public void SetUtcNow(DateTimeOffset now) => _time.SetUtcNow(now);

    /// <summary>Completes once <paramref name="count"/> waits have started.</summary>
    public Task WaitsStartedAsync(int count)
    {
        lock (_lock)
        {
            if (_waits.Count >= count)
            {
                return Task.CompletedTask;
            }

            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _watchers.Add((count, started));
            return started.Task.WaitAsync(WaitLimit);
        }
    }

    public override DateTimeOffset GetUtcNow() => _time.GetUtcNow();

    public override long GetTimestamp() => _time.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _time.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            _waits.Add(dueTime);
            foreach (var watcher in _watchers.Where(w => _waits.Count >= w.Count).ToList())
            {
                _watchers.Remove(watcher);
                watcher.Started.TrySetResult();
            }
        }

        return timer;
    }
}
