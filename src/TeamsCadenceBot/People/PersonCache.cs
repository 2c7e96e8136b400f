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

    private readonly ExpiringEntries<Person> _entries = new(timeProvider, Capacity, Lifetime);
    private long _forgets;

    public int Count => _entries.Count;

    /// <summary>A stamp to take before reading storage and to pass to <see cref="Remember"/>.</summary>
    public long Stamp => Interlocked.Read(ref _forgets);

    public bool TryGet(string tenantId, string aadObjectId, out Person? person)
    {
        person = _entries.Find(tenantId, aadObjectId);
        return person is not null;
    }

    /// <summary>Keeps what was read, unless some person was forgotten since <paramref name="stamp"/>.</summary>
    public void Remember(string tenantId, Person person, long stamp)
    {
        // A write may have landed between the read and now: then the read may be the old version. Checked
        // again after keeping it, for a write that lands while it is kept.
        if (Stamp != stamp)
        {
            return;
        }

        _entries.Set(tenantId, person.Id, person);
        if (Stamp != stamp)
        {
            _entries.Remove(tenantId, person.Id);
        }
    }

    public void Forget(string tenantId, string aadObjectId)
    {
        Interlocked.Increment(ref _forgets);
        _entries.Remove(tenantId, aadObjectId);
    }
}
