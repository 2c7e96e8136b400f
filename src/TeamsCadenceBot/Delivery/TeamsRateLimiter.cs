namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Keeps sends under the limits Teams documents: per conversation 7 in 1 s, 8 in 2 s, 60 in 30 s and
/// 1800 in an hour; per tenant 50 requests a second; and a tenant Teams throttled is paused for the
/// Retry-After it gave. Pure bookkeeping on times passed in, so tests drive it with any clock.
/// </summary>
/// <remarks>
/// Gaps: the limits are kept per service instance; with several instances each keeps its own count, so
/// together they may exceed the tenant limit, and Teams' 429 (which pauses the tenant here) is the backstop.
/// </remarks>
internal sealed class TeamsRateLimiter(IReadOnlyList<SendWindow> conversationWindows, IReadOnlyList<SendWindow> tenantWindows)
{
    public static readonly IReadOnlyList<SendWindow> TeamsConversationWindows =
    [
        new(TimeSpan.FromSeconds(1), 7),
        new(TimeSpan.FromSeconds(2), 8),
        new(TimeSpan.FromSeconds(30), 60),
        new(TimeSpan.FromHours(1), 1800),
    ];

    public static readonly IReadOnlyList<SendWindow> TeamsTenantWindows = [new(TimeSpan.FromSeconds(1), 50)];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);
    private int _reservationsSincePrune;

    public TeamsRateLimiter()
        : this(TeamsConversationWindows, TeamsTenantWindows)
    {
    }

    /// <summary>
    /// Records a request at <paramref name="now"/> and returns zero when every limit allows it;
    /// otherwise records nothing and returns how long to wait before asking again. A request that
    /// belongs to no conversation (creating one) counts against the tenant only.
    /// </summary>
    public TimeSpan TryReserve(string tenantId, string? conversationId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_pausedUntil.TryGetValue(tenantId, out var pausedUntil) && pausedUntil > now)
            {
                return pausedUntil - now;
            }

            var conversation = conversationId is null ? null : History(_conversations, conversationId, conversationWindows, now);
            var tenant = History(_tenants, tenantId, tenantWindows, now);
            var wait = TimeSpan.Zero;
            if (conversation is not null)
            {
                wait = Max(wait, WaitFor(conversation, conversationWindows, now));
            }

            wait = Max(wait, WaitFor(tenant, tenantWindows, now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            conversation?.Add(now);
            tenant.Add(now);
            if (++_reservationsSincePrune >= 10_000)
            {
                Prune(now);
            }

            return TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Moves a request reserved at <paramref name="reservedAt"/> to the time its answer arrived: Teams
    /// counts it when it arrives, which may be later than it was sent, so the later time is the safe one.
    /// </summary>
    public void Complete(string tenantId, string? conversationId, DateTimeOffset reservedAt, DateTimeOffset completedAt)
    {
        lock (_gate)
        {
            if (conversationId is not null && _conversations.TryGetValue(conversationId, out var conversation))
            {
                Restamp(conversation, reservedAt, completedAt);
            }

            if (_tenants.TryGetValue(tenantId, out var tenant))
            {
                Restamp(tenant, reservedAt, completedAt);
            }
        }
    }

    /// <summary>Pauses every send to the tenant until <paramref name="until"/> (Teams answered 429).</summary>
    public void PauseTenant(string tenantId, DateTimeOffset until)
    {
        lock (_gate)
        {
            if (!_pausedUntil.TryGetValue(tenantId, out var current) || current < until)
            {
                _pausedUntil[tenantId] = until;
            }
        }
    }

    /// <summary>
    /// How long the tenant stays paused after <paramref name="now"/>: zero when Teams is not holding it.
    /// </summary>
    public TimeSpan PauseLeft(string tenantId, DateTimeOffset now)
    {
        lock (_gate)
        {
            return _pausedUntil.TryGetValue(tenantId, out var until) && until > now ? until - now : TimeSpan.Zero;
        }
    }

    /// <summary>Forgets conversations and tenants that sent nothing within their longest window.</summary>
    private void Prune(DateTimeOffset now)
    {
        _reservationsSincePrune = 0;
        var conversationHorizon = now - conversationWindows.Max(w => w.Length);
        foreach (var key in _conversations.Where(p => p.Value.Count == 0 || p.Value.Last() <= conversationHorizon).Select(p => p.Key).ToList())
        {
            _conversations.Remove(key);
        }

        var tenantHorizon = now - tenantWindows.Max(w => w.Length);
        foreach (var key in _tenants.Where(p => p.Value.Count == 0 || p.Value.Last() <= tenantHorizon).Select(p => p.Key).ToList())
        {
            _tenants.Remove(key);
        }

        foreach (var key in _pausedUntil.Where(p => p.Value <= now).Select(p => p.Key).ToList())
        {
            _pausedUntil.Remove(key);
        }
    }

    private static void Restamp(List<DateTimeOffset> history, DateTimeOffset from, DateTimeOffset to)
    {
        var index = history.LastIndexOf(from);
        if (index < 0 || to <= from)
        {
            return;
        }

        history.RemoveAt(index);
        var at = history.FindLastIndex(t => t <= to) + 1;
        history.Insert(at, to);
    }

    private static List<DateTimeOffset> History(
        Dictionary<string, List<DateTimeOffset>> histories,
        string key,
        IReadOnlyList<SendWindow> windows,
        DateTimeOffset now)
    {
        if (!histories.TryGetValue(key, out var history))
        {
            history = [];
            histories[key] = history;
        }

        var longest = windows.Max(w => w.Length);
        var expired = history.FindIndex(t => t > now - longest);
        history.RemoveRange(0, expired < 0 ? history.Count : expired);

        return history;
    }

    private static TimeSpan WaitFor(List<DateTimeOffset> history, IReadOnlyList<SendWindow> windows, DateTimeOffset now)
    {
        var wait = TimeSpan.Zero;
        foreach (var window in windows)
        {
            var first = history.FindIndex(t => t > now - window.Length);
            var inWindow = first < 0 ? [] : history.GetRange(first, history.Count - first);
            if (inWindow.Count >= window.Limit)
            {
                // The send that must leave the window before one more fits.
                var blocking = inWindow[inWindow.Count - window.Limit];
                wait = Max(wait, blocking + window.Length - now);
            }
        }

        return wait;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
