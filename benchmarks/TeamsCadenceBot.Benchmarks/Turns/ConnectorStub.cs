using System.Globalization;
using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// Stands in for the Bot Connector: answers every send and reply with 201 and a new id at once, counts them,
/// and keeps the last body so that the bare endpoint can send the very same card.
/// </summary>
internal sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _sent;
    private byte[] _lastBody = [];

    private ConnectorStub(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    public long Sent => Interlocked.Read(ref _sent);

    public byte[] LastBody => Volatile.Read(ref _lastBody);

    public static async Task<ConnectorStub> StartAsync(CancellationToken cancellationToken)
    {
        var app = LoopbackServer.CreateBuilder().Build();
        var stub = new ConnectorStub(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", stub.AcceptAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", stub.AcceptAsync);
        stub.ServiceUrl = await LoopbackServer.StartAsync(app, cancellationToken);
        return stub;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task AcceptAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        Volatile.Write(ref _lastBody, body.ToArray());
        var id = Interlocked.Increment(ref _sent);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(
            string.Create(CultureInfo.InvariantCulture, $$"""{"id":"1:stub-{{id}}"}"""),
            context.RequestAborted);
    }
}
