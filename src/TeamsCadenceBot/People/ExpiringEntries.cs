using System.Collections.Concurrent;

namespace TeamsCadenceBot.People;

/// <summary>
/// A bounded map of a tenant's people to values that expire: the memory behind <see cref="RecentSightings"/>,
/// <see cref="PersonCache"/> and the personal chats the conversation store read lately.
/// </summary>
internal sealed class ExpiringEntries<TValue>(TimeProvider timeProvider, int capacity, TimeSpan lifetime)
    where TValue : class
{
    private readonly ConcurrentDictionary<(string Tenant, string Person), Entry> _entries = new();

    public int Count => _entries.Count;

    /// <summary>The value kept for the person, unless it expired.</summary>
    public TValue? Find(string tenantId, string aadObjectId) =>
        _entries.TryGetValue((tenantId, aadObjectId), out var entry) && entry.Expires > timeProvider.GetUtcNow()
            ? entry.Value
            : null;

    public void Set(string tenantId, string aadObjectId, TValue value)
    {
        var now = timeProvider.GetUtcNow();
        if (_entries.Count >= capacity)
        {
            foreach (var (key, entry) in _entries)
            {
                if (entry.Expires <= now)
                {
                    _entries.TryRemove(key, out _);
                }
            }

            // Still full of fresh entries: starting over costs one read per person, unbounded growth costs memory.
            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }
        }

        _entries[(tenantId, aadObjectId)] = new Entry(value, now + lifetime);
    }

    public void Remove(string tenantId, string aadObjectId) => _entries.TryRemove((tenantId, aadObjectId), out _);

    public void Clear() => _entries.Clear();

    private sealed record Entry(TValue Value, DateTimeOffset Expires);
}
