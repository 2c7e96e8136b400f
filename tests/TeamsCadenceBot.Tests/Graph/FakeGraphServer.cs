using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TeamsCadenceBot.Tests.Graph;

/// <summary>
/// A real Kestrel on 127.0.0.1 that answers like Microsoft Graph v1.0 from routes the test sets, and records every
/// request. Each route answers its answers in turn and repeats the last; a route set later for the same request
/// replaces an earlier one; a request no route knows gets 404 with Graph's error shape.
/// </summary>
internal sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly List<Route> _routes = [];
    private readonly Lock _lock = new();
    private LoopbackServer<GraphRequest>? _server;

    /// <summary>The Graph base URL to configure, such as <c>http://127.0.0.1:5123/v1.0</c>.</summary>
    public string BaseUrl => _server!.BaseUrl + "/v1.0";

    public IReadOnlyList<GraphRequest> Requests => _server!.Requests;

    public static async Task<FakeGraphServer> StartAsync()
    {
        var graph = new FakeGraphServer();
        graph._server = new LoopbackServer<GraphRequest>(Read, graph.AnswerAsync);
        await graph._server.StartAsync();
        return graph;
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

    public Task WaitForRequestsAsync(int count) => _server!.WaitForRequestsAsync(count);

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static GraphRequest Read(HttpContext context, string body) =>
        new(
            context.Request.Method,
            Uri.UnescapeDataString(context.Request.Path.Value ?? ""),
            Uri.UnescapeDataString(context.Request.QueryString.Value ?? ""),
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers["Prefer"].FirstOrDefault(),
            body);

    private async Task AnswerAsync(HttpContext context, GraphRequest request)
    {
        var answer = Answer(request);
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
