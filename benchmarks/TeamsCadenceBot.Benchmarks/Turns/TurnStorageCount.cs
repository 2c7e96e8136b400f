using System.Diagnostics;
using System.Text;
using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// Counts and times the Table service requests of warm turns of each kind, with the service's host in this
/// process (its own composition root, table client wrapped by <see cref="StorageCallCounter"/>), one turn at a
/// time: how much of a turn is spent waiting for storage. Message turns each go to a chat warmed by one
/// turn. The timed runs cannot do this: the service there runs
/// in a process of its own, untouched.
/// </summary>
internal static class TurnStorageCount
{
    private const int WarmUp = 5;
    private const int Timed = 50;

    public static async Task<IReadOnlyDictionary<TurnKind, TurnStorage>> CountAsync(
        string storage,
        string tenantId,
        Uri serviceUrl,
        CancellationToken cancellationToken)
    {
        var prefix = TablePrefixes.New("btc");
        var counter = new StorageCallCounter(prefix);
        var port = LoopbackServer.FreePort();
        await using var service = new InProcessService(new InProcessServiceSettings(storage, prefix, counter));
        service.UseKestrel(port);
        service.StartServer();

        var conversation = new Conversation("count", 0, prefix);
        await CommitmentSeeder.SeedAsync(CommitmentSeeder.Tables(storage, prefix), [(conversation, tenantId)], cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var endpoint = new Uri($"http://127.0.0.1:{port}/api/messages");

        // The first turns of a conversation store it and its person; only later turns are counted.
        var results = new Dictionary<TurnKind, TurnStorage>();
        foreach (var kind in new[] { TurnKind.Message, TurnKind.Invoke })
        {
            var turns = new Latencies();
            var waits = new List<TimeSpan>();
            IReadOnlyList<StorageCall> last = [];
            for (var turn = 0; turn < WarmUp + Timed; turn++)
            {
                // Each message turn in a chat (and tenant) of its own, after one uncounted turn there, so that no
                // reply waits for Teams' per-conversation or per-tenant limits, which the service keeps.
                var chat = new Conversation("count-chat", turn, prefix, Guid.NewGuid().ToString());
                if (kind == TurnKind.Message)
                {
                    using var first = new StringContent(
                        TurnActivities.Help(chat, tenantId, serviceUrl), Encoding.UTF8, "application/json");
                    using var warmed = await http.PostAsync(endpoint, first, cancellationToken);
                    warmed.EnsureSuccessStatusCode();
                }

                counter.Reset();
                var payload = kind == TurnKind.Message
                    ? TurnActivities.Help(chat, tenantId, serviceUrl)
                    : TurnActivities.Block(conversation, tenantId, serviceUrl, conversation.CommitmentId!, conversation.NextReason());
                using var content = new StringContent(payload, Encoding.UTF8, "application/json");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(endpoint, content, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                var ended = Stopwatch.GetTimestamp();
                response.EnsureSuccessStatusCode();
                if (turn >= WarmUp)
                {
                    last = counter.Calls;
                    turns.Add(started, ended);
                    waits.Add(TimeSpan.FromTicks(last.Sum(c => c.Elapsed.Ticks)));
                }
            }

            results[kind] = new TurnStorage(last, turns.Summarize(), waits.Average(w => w.TotalMilliseconds));
        }

        return results;
    }
}

/// <summary>One warm turn's table requests, and over the timed turns their latency and time spent in storage.</summary>
/// <param name="Calls">The requests of the last turn.</param>
/// <param name="Turn">The turns' latency seen by the client.</param>
/// <param name="MeanStorageMs">The mean, over the turns, of the summed durations of a turn's table requests.</param>
internal sealed record TurnStorage(IReadOnlyList<StorageCall> Calls, LatencySummary Turn, double MeanStorageMs);
