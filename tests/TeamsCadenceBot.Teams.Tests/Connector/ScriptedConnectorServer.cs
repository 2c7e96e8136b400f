using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace TeamsCadenceBot.Teams.Tests.Connector;

/// <summary>A real Kestrel server on loopback that answers from a script and records every request.</summary>
internal sealed class ScriptedConnectorServer : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Arrived)> _waiters = [];
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<ScriptedConnectorServer> StartAsync()
    {
        var server = new ScriptedConnectorServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        server._app = builder.Build();
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        server.BaseUrl = server._app.Urls.Single();
        return server;
    }

    public void Enqueue(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public Task WaitForRequestsAsync(int count)
    {
        lock (_lock)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, arrived));
            return arrived.Task.WaitAsync(WaitLimit);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        Record(new RecordedRequest(
            context.Request.Method,
            rawTarget,
            context.Request.Headers.Authorization.FirstOrDefault(),
            body));

        if (!_script.TryDequeue(out var answer))
        {
            context.Response.StatusCode = StatusCodes.Status418ImATeapot;
            return;
        }

        if (answer.AbortConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = answer.StatusCode;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    private void Record(RecordedRequest request)
    {
        lock (_lock)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters.Where(w => _requests.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Arrived.TrySetResult();
            }
        }
    }
}
