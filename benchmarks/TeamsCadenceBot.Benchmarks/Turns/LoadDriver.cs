using System.Diagnostics;
using System.Net;
using System.Text;
using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// A closed-loop load driver: each conversation is one worker that sends its next turn as soon as the last one
/// was answered, as a person clicking through cards would, so N conversations keep N turns in flight. Latency is
/// taken from just before the request is sent to the end of reading the answer.
/// </summary>
/// <remarks>
/// Hand-written rather than BenchmarkDotNet: BenchmarkDotNet measures one operation repeated in isolation; these
/// runs need many concurrent conversations against servers in other processes, latency percentiles rather than a
/// mean, and throughput over the whole run.
/// </remarks>
internal sealed class LoadDriver(Uri serviceUrl) : IDisposable
{
    private static readonly byte[] CardAnswer = "application/vnd.microsoft.card.adaptive"u8.ToArray();
    private static readonly byte[] Status200 = "\"statusCode\":200"u8.ToArray();

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = 1024,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>
    /// Runs one worker per entry of <paramref name="conversations"/>, each sending its turns one after another. With
    /// <paramref name="rotation"/> the workers' turns go to its conversations in turn instead, each one once before
    /// any gets a second.
    /// </summary>
    public async Task<RunResult> RunAsync(
        Target target,
        TurnKind kind,
        IReadOnlyList<Conversation> conversations,
        int turnsPerConversation,
        IReadOnlyList<Conversation>? rotation,
        CancellationToken cancellationToken)
    {
        var next = -1;
        var uri = target.UriFor(kind);
        var latencies = conversations.Select(_ => new Latencies()).ToArray();
        var errors = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(conversations.Select((conversation, i) => Task.Run(
            async () =>
            {
                for (var turn = 0; turn < turnsPerConversation; turn++)
                {
                    var to = rotation is null
                        ? conversation
                        : rotation[(int)((uint)Interlocked.Increment(ref next) % (uint)rotation.Count)];
                    var payload = Payload(target, kind, to);
                    if (!await SendAsync(uri, kind, payload, latencies[i], cancellationToken))
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            },
            cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var all = new Latencies();
        foreach (var part in latencies)
        {
            all.AddRange(part);
        }

        return new RunResult(all, errors, elapsed);
    }

    /// <summary>Sends one turn and returns the answer's body, for capturing what the service answers.</summary>
    public async Task<(HttpStatusCode Status, byte[] Body)> SendOnceAsync(Uri uri, string payload, CancellationToken cancellationToken)
    {
        using var content = new StringContent(payload, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(uri, content, cancellationToken);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    public void Dispose() => _http.Dispose();

    private string Payload(Target target, TurnKind kind, Conversation conversation) => kind switch
    {
        TurnKind.Message => TurnActivities.Help(conversation, target.TenantId, serviceUrl),

        // The bare endpoint stores no commitments; it gets the same payload with an id of the same length.
        _ => TurnActivities.Block(
            conversation,
            target.TenantId,
            serviceUrl,
            conversation.CommitmentId ?? Guid.NewGuid().ToString("N"),
            conversation.NextReason()),
    };

    private async Task<bool> SendAsync(
        Uri uri,
        TurnKind kind,
        string payload,
        Latencies latencies,
        CancellationToken cancellationToken)
    {
        using var content = new StringContent(payload, Encoding.UTF8, "application/json");
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.PostAsync(uri, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            latencies.Add(started, Stopwatch.GetTimestamp());
            return response.StatusCode == HttpStatusCode.OK
                && (kind == TurnKind.Message || (body.AsSpan().IndexOf(CardAnswer) >= 0 && body.AsSpan().IndexOf(Status200) >= 0));
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
