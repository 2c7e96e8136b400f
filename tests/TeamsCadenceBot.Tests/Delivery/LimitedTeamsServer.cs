using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsCadenceBot.Delivery;

namespace TeamsCadenceBot.Tests.Delivery;

/// <summary>
/// A loopback connector for one tenant that answers some sends with 429 (Retry-After 1 s) and some with 503, and
/// records every request with its time and answer, so that tests can check losses, duplicates and Teams' limits
/// from what actually arrived. As Teams does, it also refuses with 429 a request over the tenant's limit or during a
/// pause it asked for, and it records each as a broken limit in <see cref="Violations"/>.
/// </summary>
internal sealed class LimitedTeamsServer : IAsyncDisposable
{
    /// <summary>How much earlier than a limit allows a request may arrive: the two sides' clocks read apart.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(40);

    // Requests the bot sent before it read a 429 may arrive during the pause; later ones must not.
    private static readonly TimeSpan InFlight = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly WebApplication _app;
    private readonly int _throttleEvery;
    private readonly int _failEvery;
    private readonly IReadOnlyList<SendWindow> _tenantWindows;
    private readonly Lock _lock = new();
    private readonly List<DateTimeOffset> _arrivals = [];
    private DateTimeOffset _pausedFrom = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private int _requests;

    private LimitedTeamsServer(
        WebApplication app,
        int throttleEvery,
        int failEvery,
        IReadOnlyList<SendWindow> tenantWindows)
    {
        _app = app;
        _throttleEvery = throttleEvery;
        _failEvery = failEvery;
        _tenantWindows = tenantWindows;
    }

    public ConcurrentQueue<(string Conversation, int Status, string Body, DateTimeOffset At)> Requests { get; } = new();

    /// <summary>Every limit a request broke: the tenant's rate, or a pause Teams asked for.</summary>
    public ConcurrentQueue<string> Violations { get; } = new();

    public int Throttled => Requests.Count(r => r.Status == 429);

    public string ServiceUrl =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

    public static async Task<LimitedTeamsServer> StartAsync(
        int throttleEvery,
        int failEvery,
        IReadOnlyList<SendWindow>? tenantWindows = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var windows = tenantWindows ?? TeamsRateLimiter.TeamsTenantWindows;
        var server = new LimitedTeamsServer(app, throttleEvery, failEvery, windows);
        app.MapPost("/v3/conversations/{id}/activities", server.SendAsync);
        await app.StartAsync();
        return server;
    }

    private async Task SendAsync(string id, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var n = Interlocked.Increment(ref _requests);
        var now = TimeProvider.System.GetUtcNow();
        var (status, retryAfter) = Answer(n, now);
        Requests.Enqueue((id, status, body, now));
        context.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            var seconds = Math.Ceiling(wait.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsJsonAsync(
            status == 201 ? new { id = $"m{n}" } : (object)new { error = new { code = "Throttled" } });
    }

    private (int Status, TimeSpan? RetryAfter) Answer(int n, DateTimeOffset now)
    {
        lock (_lock)
        {
            _arrivals.RemoveAll(t => t <= now - _tenantWindows.Max(w => w.Length));
            _arrivals.Add(now);
            if (now < _pausedUntil)
            {
                if (now > _pausedFrom + InFlight && now < _pausedUntil - Slack)
                {
                    Violations.Enqueue(
                        $"request {n} arrived {_pausedUntil - now} before the tenant's Retry-After ended");
                }

                return (429, _pausedUntil - now);
            }

            foreach (var window in _tenantWindows)
            {
                var inWindow = _arrivals.Count(t => t > now - (window.Length - Slack));
                if (inWindow > window.Limit)
                {
                    Violations.Enqueue($"request {n} was number {inWindow} of the tenant within {window.Length}");
                    return Throttle(now);
                }
            }

            if (n % _throttleEvery == 0)
            {
                return Throttle(now);
            }

            return (n % _failEvery == 0 ? 503 : 201, null);
        }
    }

    private (int Status, TimeSpan? RetryAfter) Throttle(DateTimeOffset now)
    {
        _pausedFrom = now;
        _pausedUntil = now + RetryAfter;
        return (429, RetryAfter);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
