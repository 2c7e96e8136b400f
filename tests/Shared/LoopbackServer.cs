using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsCadenceBot.Testing;

/// <summary>
/// A real Kestrel on 127.0.0.1 (a free port) that records every request as the test reads it and answers as the
/// test says, so that HTTP clients are tested against real sockets.
/// </summary>
/// <typeparam name="TRequest">What the test keeps of a request.</typeparam>
public sealed class LoopbackServer<TRequest> : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly Func<HttpContext, string, TRequest> _read;
    private readonly Func<HttpContext, TRequest, Task> _answer;
    private readonly List<TRequest> _requests = [];
    private readonly List<(int Count, TaskCompletionSource Arrived)> _waiters = [];
    private readonly Lock _lock = new();
    private WebApplication? _app;

    /// <summary>
    /// A server that turns each request and its body into a <typeparamref name="TRequest"/> with
    /// <paramref name="read"/>, records it, then answers it with <paramref name="answer"/>.
    /// </summary>
    public LoopbackServer(Func<HttpContext, string, TRequest> read, Func<HttpContext, TRequest, Task> answer)
    {
        _read = read;
        _answer = answer;
    }

    /// <summary>The server's root, such as <c>http://127.0.0.1:5123</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<TRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts listening on a free loopback port.</summary>
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        BaseUrl = _app.Urls.Single();
    }

    /// <summary>Completes once <paramref name="count"/> requests have arrived; fails after ten seconds.</summary>
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
        var request = _read(context, body);
        lock (_lock)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters.Where(w => _requests.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Arrived.TrySetResult();
            }
        }

        await _answer(context, request);
    }
}
