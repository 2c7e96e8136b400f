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

    private readonly ExpiringEntries<PersonSighting> _entries = new(timeProvider, Capacity, Lifetime);

    public int Count => _entries.Count;

    public bool Contains(string tenantId, PersonSighting sighting) =>
        _entries.Find(tenantId, sighting.AadObjectId) == sighting;

    public void Remember(string tenantId, PersonSighting sighting) =>
        _entries.Set(tenantId, sighting.AadObjectId, sighting);

    public void Forget(string tenantId, string aadObjectId) => _entries.Remove(tenantId, aadObjectId);
}
