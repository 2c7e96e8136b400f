using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsCadenceBot.Tests.Graph;

/// <summary>
/// A real Kestrel on 127.0.0.1 that answers like Microsoft Graph v1.0 from routes the test sets, and records every
/// request. Each route answers its answers in turn and repeats the last; a route set later for the same request
/// replaces an earlier one; a request no route knows gets 404 with Graph's error shape.
/// </summary>
internal sealed class FakeGraphServer : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly List<Route> _routes = [];
    private readonly List<GraphRequest> _requests = [];
    private readonly List<(int Count, TaskCompletionSource Arrived)> _waiters = [];
    private readonly Lock _lock = new();
    private WebApplication? _app;

    /// <summary>The Graph base URL to configure, such as <c>http://127.0.0.1:5123/v1.0</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<GraphRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeGraphServer> StartAsync()
    {
        var server = new FakeGraphServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        server._app = builder.Build();
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        server.BaseUrl = server._app.Urls.Single() + "/v1.0";
        return server;
    }

    /// <summary>
    /// Answers <paramref name="method"/> on <paramref name="path"/> (under /v1.0, without the query).
    /// </summary>
    public FakeGraphServer On(string method, string path, params GraphAnswer[] answers) =>
        On(method, path, queryContains: null, answers);

    /// <summary>
    /// As <see cref="On(string, string, GraphAnswer[])"/>, only for queries that contain the text given.
    /// </summary>
    public FakeGraphServer On(string method, string path, string? queryContains, params GraphAnswer[] answers)
    {
        lock (_lock)
        {
            _routes.Add(new Route(method, "/v1.0" + path, queryContains, new Queue<GraphAnswer>(answers)));
        }

        return this;
    }

    /// <summary>Forgets every route, so that the directory can change between two runs.</summary>
    public void ClearRoutes()
    {
        lock (_lock)
        {
            _routes.Clear();
        }
    }

    public IReadOnlyList<GraphRequest> RequestsTo(string path) =>
        [.. Requests.Where(r => r.Path.Equals("/v1.0" + path, StringComparison.OrdinalIgnoreCase))];

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
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "");
        var query = Uri.UnescapeDataString(context.Request.QueryString.Value ?? "");
        var answer = Answer(new GraphRequest(
            context.Request.Method,
            path,
            query,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers["Prefer"].FirstOrDefault(),
            body));

        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Json is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            var json = answer.Json.Replace("{base}", BaseUrl, StringComparison.Ordinal);
            await context.Response.WriteAsync(json, context.RequestAborted);
        }
    }

    private GraphAnswer Answer(GraphRequest request)
    {
        lock (_lock)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters.Where(w => _requests.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Arrived.TrySetResult();
            }

            var route = Enumerable.Reverse(_routes)
                .Where(r => r.Method == request.Method && r.Path.Equals(request.Path, StringComparison.OrdinalIgnoreCase))
                .Where(r => r.QueryContains is null || request.Query.Contains(r.QueryContains, StringComparison.Ordinal))
                .OrderByDescending(r => r.QueryContains is not null)
                .FirstOrDefault();
            if (route is null)
            {
                return GraphAnswer.Error(404, "Request_ResourceNotFound", "No route in the test server.");
            }

            return route.Answers.Count > 1 ? route.Answers.Dequeue() : route.Answers.Peek();
        }
    }

    private sealed record Route(string Method, string Path, string? QueryContains, Queue<GraphAnswer> Answers);
}

/// <summary>One request the fake Graph received; path and query unescaped.</summary>
internal sealed record GraphRequest(string Method, string Path, string Query, string? Authorization, string? Prefer, string Body);

/// <summary>
/// What the fake Graph answers. In <see cref="Json"/>, <c>{base}</c> stands for the server's base URL (for
/// <c>@odata.nextLink</c>).
/// </summary>
internal sealed record GraphAnswer(int Status, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static GraphAnswer Ok(string json) => new(200, json);

    public static GraphAnswer Created() => new(201);

    public static GraphAnswer Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(
            status,
            $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}","innerError":{"date":"2026-12-03T09:00:00"}""" + "}}",
            headers);

    public static GraphAnswer Throttled(int retryAfterSeconds) =>
        Error(
            429,
            "TooManyRequests",
            "Too many requests.",
            new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) });
}
