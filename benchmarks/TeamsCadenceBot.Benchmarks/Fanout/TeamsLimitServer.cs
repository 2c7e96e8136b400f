using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Benchmarks.Infrastructure;
using TeamsCadenceBot.Delivery;

namespace TeamsCadenceBot.Benchmarks.Fanout;

/// <summary>
/// A loopback Bot Connector that keeps Teams' documented limits the way a strict Teams would: per conversation
/// 7 sends in 1 s, 8 in 2 s, 60 in 30 s and 1800 in an hour, and 50 requests a second per tenant, over sliding
/// windows of the sends it accepted. A send over any limit gets 429 with a Retry-After (whole seconds, at
/// least 1, as the header carries) of when the window would allow it. Every accepted message's key is recorded,
/// so duplicates and losses show.
/// </summary>
internal sealed class TeamsLimitServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<long>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> _tenants = new(StringComparer.Ordinal);
    private readonly List<long> _acceptedAt = [];
    private readonly ConcurrentDictionary<string, int> _acceptedByKey = new(StringComparer.Ordinal);
    private long _requests;
    private long _throttledByConversation;
    private long _throttledByTenant;

    private TeamsLimitServer(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    public long Requests => Interlocked.Read(ref _requests);

    public long ThrottledByConversation => Interlocked.Read(ref _throttledByConversation);

    public long ThrottledByTenant => Interlocked.Read(ref _throttledByTenant);

    public int DistinctAccepted => _acceptedByKey.Count;

    public IReadOnlyDictionary<string, int> AcceptedByKey => _acceptedByKey;

    /// <summary>The <see cref="Stopwatch"/> timestamps of every accepted send, in order.</summary>
    public IReadOnlyList<long> AcceptedAt
    {
        get
        {
            lock (_gate)
            {
                return [.. _acceptedAt];
            }
        }
    }

    public static async Task<TeamsLimitServer> StartAsync(CancellationToken cancellationToken)
    {
        var app = LoopbackServer.CreateBuilder().Build();
        var server = new TeamsLimitServer(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", server.SendAsync);
        server.ServiceUrl = await LoopbackServer.StartAsync(app, cancellationToken);
        return server;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task SendAsync(HttpContext context, string conversationId)
    {
        Interlocked.Increment(ref _requests);
        using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = activity.RootElement;
        var key = FanoutMessages.KeyOf(root.GetProperty("text").GetString()!);
        var tenantId = root.GetProperty("conversation").GetProperty("tenantId").GetString()!;

        var wait = TryAccept(tenantId, conversationId, out var byTenant);
        if (wait > TimeSpan.Zero)
        {
            Interlocked.Increment(ref byTenant ? ref _throttledByTenant : ref _throttledByConversation);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return;
        }

        var count = _acceptedByKey.AddOrUpdate(key, 1, (_, seen) => seen + 1);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(
            string.Create(CultureInfo.InvariantCulture, $$"""{"id":"1:{{key}}:{{count}}"}"""),
            context.RequestAborted);
    }

    // Gaps: only accepted sends count toward the windows; whether Teams also counts the requests it refuses is
    // not documented.
    private TimeSpan TryAccept(string tenantId, string conversationId, out bool byTenant)
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            var conversation = History(_conversations, conversationId);
            var tenant = History(_tenants, tenantId);
            var conversationWait = WaitFor(conversation, TeamsRateLimiter.TeamsConversationWindows, now);
            var tenantWait = WaitFor(tenant, TeamsRateLimiter.TeamsTenantWindows, now);
            byTenant = tenantWait >= conversationWait;
            if (conversationWait > TimeSpan.Zero || tenantWait > TimeSpan.Zero)
            {
                return conversationWait > tenantWait ? conversationWait : tenantWait;
            }

            conversation.Add(now);
            tenant.Add(now);
            _acceptedAt.Add(now);
            return TimeSpan.Zero;
        }
    }

    private static List<long> History(Dictionary<string, List<long>> histories, string key)
    {
        if (!histories.TryGetValue(key, out var history))
        {
            history = [];
            histories[key] = history;
        }

        return history;
    }

    // Sends in a window are those after now - length; the window is full at its limit. Timestamps are in order.
    private static TimeSpan WaitFor(List<long> history, IReadOnlyList<SendWindow> windows, long now)
    {
        var wait = TimeSpan.Zero;
        foreach (var window in windows)
        {
            var length = (long)(window.Length.TotalSeconds * Stopwatch.Frequency);
            var index = history.BinarySearch(now - length + 1);
            var first = index >= 0 ? index : ~index;
            var inWindow = history.Count - first;
            if (inWindow >= window.Limit)
            {
                var leaving = history[history.Count - window.Limit];
                var needed = Stopwatch.GetElapsedTime(now, leaving + length);
                wait = needed > wait ? needed : wait;
            }
        }

        return wait;
    }
}
