namespace TeamsCadenceBot.Conversations;

/// <summary>
/// Remembers, for a bounded number of keys, the fingerprint of what is already in storage, so that a repeat
/// costs no storage call. When full, the oldest key is forgotten: forgetting only costs one more read.
/// </summary>
internal sealed class StoredFingerprints(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _fingerprints = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _fingerprints.Count;
            }
        }
    }

    public bool Contains(string key, string fingerprint)
    {
        lock (_lock)
        {
            return _fingerprints.TryGetValue(key, out var stored) && stored == fingerprint;
        }
    }

    public void Set(string key, string fingerprint)
    {
        lock (_lock)
        {
            if (!_fingerprints.ContainsKey(key))
            {
                _order.Enqueue(key);
            }

            _fingerprints[key] = fingerprint;
            while (_fingerprints.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _fingerprints.Remove(oldest);
            }
        }
    }

    public void Remove(string key)
    {
        lock (_lock)
        {
            // Kept with a fingerprint nothing matches, so the key keeps its one place in the eviction order.
            if (_fingerprints.ContainsKey(key))
            {
                _fingerprints[key] = "";
            }
        }
    }
}
