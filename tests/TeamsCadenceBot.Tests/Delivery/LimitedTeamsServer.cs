using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsCadenceBot.Tests.Delivery;

/// <summary>
/// A loopback connector that answers some sends with 429 (Retry-After 1 s) and some with 503, and records
/// every request with its time and answer, so that tests can check losses, duplicates and Teams' limits
/// from what actually arrived.
/// </summary>
internal sealed class LimitedTeamsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly int _throttleEvery;
    private readonly int _failEvery;
    private int _requests;

    private LimitedTeamsServer(WebApplication app, int throttleEvery, int failEvery)
    {
        _app = app;
        _throttleEvery = throttleEvery;
        _failEvery = failEvery;
    }

    public ConcurrentQueue<(string Conversation, int Status, string Body, DateTimeOffset At)> Requests { get; } = new();

    public string ServiceUrl =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

    public static async Task<LimitedTeamsServer> StartAsync(int throttleEvery, int failEvery)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LimitedTeamsServer(app, throttleEvery, failEvery);
        app.MapPost("/v3/conversations/{id}/activities", server.SendAsync);
        await app.StartAsync();
        return server;
    }

    private async Task SendAsync(string id, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var n = Interlocked.Increment(ref _requests);
        var status = n % _throttleEvery == 0 ? 429 : n % _failEvery == 0 ? 503 : 201;
        Requests.Enqueue((id, status, body, TimeProvider.System.GetUtcNow()));
        context.Response.StatusCode = status;
        if (status == 429)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        await context.Response.WriteAsJsonAsync(status == 201 ? new { id = $"m{n}" } : (object)new { error = new { code = "Throttled" } });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
