using System.Collections.Concurrent;

namespace TeamsCadenceBot.People;

/// <summary>
/// The sightings recorded lately, so that a person's every turn does not read storage again to find that
/// nothing changed. Bounded in size and age: an entry expires, so a change made by another instance of the
/// service is picked up within <see cref="Lifetime"/>; writes in this instance forget the person at once.
/// </summary>
internal sealed class RecentSightings(TimeProvider timeProvider)
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<(string Tenant, string Person), Entry> _entries = new();

    public int Count => _entries.Count;

    public bool Contains(string tenantId, PersonSighting sighting) =>
        _entries.TryGetValue((tenantId, sighting.AadObjectId), out var entry)
        && entry.Sighting == sighting
        && entry.Expires > timeProvider.GetUtcNow();

    public void Remember(string tenantId, PersonSighting sighting)
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

        _entries[(tenantId, sighting.AadObjectId)] = new Entry(sighting, now + Lifetime);
    }

    public void Forget(string tenantId, string aadObjectId) => _entries.TryRemove((tenantId, aadObjectId), out _);

    private sealed record Entry(PersonSighting Sighting, DateTimeOffset Expires);
}
