using System.Collections.Concurrent;

namespace TeamsCadenceBot.People;

/// <summary>
/// People read lately in this instance, so that every card action does not read its sender again. An entry
/// lives <see cref="Lifetime"/>; a write in this instance forgets the person at once, and a read that a write
/// overtook is not kept, so only a change made by another instance can be seen late, by at most the lifetime.
/// </summary>
internal sealed class PersonCache(TimeProvider timeProvider)
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<(string Tenant, string Person), Entry> _entries = new();
    private long _forgets;

    public int Count => _entries.Count;

    /// <summary>A stamp to take before reading storage and to pass to <see cref="Remember"/>.</summary>
    public long Stamp => Interlocked.Read(ref _forgets);

    public bool TryGet(string tenantId, string aadObjectId, out Person? person)
    {
        if (_entries.TryGetValue((tenantId, aadObjectId), out var entry) && entry.Expires > timeProvider.GetUtcNow())
        {
            person = entry.Person;
            return true;
        }

        person = null;
        return false;
    }

    /// <summary>Keeps what was read, unless some person was forgotten since <paramref name="stamp"/>.</summary>
    public void Remember(string tenantId, Person person, long stamp)
    {
        var now = timeProvider.GetUtcNow();
        if (_entries.Count >= Capacity)
        {
            foreach (var (key, entry) in _entries)
            {
                if (entry.Expires <= now)
                {
                    _entries.TryRemove(key, out _);
                }
            }

            // Still full of fresh entries: starting over costs one read per person, unbounded growth costs memory.
            if (_entries.Count >= Capacity)
            {
                _entries.Clear();
            }
        }

        // The write may have landed between our read and now: then the read may be the old version.
        if (Stamp != stamp)
        {
            return;
        }

        _entries[(tenantId, person.Id)] = new Entry(person, now + Lifetime);
    }

    public void Forget(string tenantId, string aadObjectId)
    {
        Interlocked.Increment(ref _forgets);
        _entries.TryRemove((tenantId, aadObjectId), out _);
    }

    private sealed record Entry(Person Person, DateTimeOffset Expires);
}
