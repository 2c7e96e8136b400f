using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace TeamsCadenceBot.Teams.Tests.Connector;

/// <summary>A real Kestrel server on loopback that answers from a script and records every request.</summary>
internal sealed class ScriptedConnectorServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private LoopbackServer<RecordedRequest>? _server;

    public string BaseUrl => _server!.BaseUrl;

    public IReadOnlyList<RecordedRequest> Requests => _server!.Requests;

    public static async Task<ScriptedConnectorServer> StartAsync()
    {
        var scripted = new ScriptedConnectorServer();
        scripted._server = new LoopbackServer<RecordedRequest>(Read, scripted.AnswerAsync);
        await scripted._server.StartAsync();
        return scripted;
    }

    public void Enqueue(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public Task WaitForRequestsAsync(int count) => _server!.WaitForRequestsAsync(count);

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static RecordedRequest Read(HttpContext context, string body) =>
        new(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.FirstOrDefault(),
            body);

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
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
}
