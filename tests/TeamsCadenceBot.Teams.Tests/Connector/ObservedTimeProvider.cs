using Microsoft.Extensions.Time.Testing;

namespace TeamsCadenceBot.Teams.Tests.Connector;

/// <summary>
/// A fake clock that also records every timer created on it, so that a test knows the code is waiting,
/// and for how long, before it moves the clock.
/// </summary>
internal sealed class ObservedTimeProvider : TimeProvider
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _fake = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly List<TimeSpan> _dueTimes = [];
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Created)> _waiters = [];

    public IReadOnlyList<TimeSpan> DueTimes
    {
        get
        {
            lock (_lock)
            {
                return [.. _dueTimes];
            }
        }
    }

    public override TimeZoneInfo LocalTimeZone => _fake.LocalTimeZone;

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public void Advance(TimeSpan delta) => _fake.Advance(delta);

    public Task WaitForTimersAsync(int count)
    {
        lock (_lock)
        {
            if (_dueTimes.Count >= count)
            {
                return Task.CompletedTask;
            }

            var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, created));
            return created.Task.WaitAsync(WaitLimit);
        }
    }

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _fake.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            _dueTimes.Add(dueTime);
            foreach (var waiter in _waiters.Where(w => _dueTimes.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Created.TrySetResult();
            }
        }

        return timer;
    }
}
