using System.Text;
using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// Counts the Table service requests of one warm turn of each kind, with the service's host in this process
/// (its own composition root, table client wrapped by <see cref="StorageCallCounter"/>). The timed runs cannot
/// count: the service there runs in a process of its own, untouched.
/// </summary>
internal static class TurnStorageCount
{
    public static async Task<IReadOnlyDictionary<TurnKind, IReadOnlyList<StorageCall>>> CountAsync(
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

        // Two turns of each kind first: the first turn of a conversation stores it and its person.
        var counts = new Dictionary<TurnKind, IReadOnlyList<StorageCall>>();
        foreach (var kind in new[] { TurnKind.Message, TurnKind.Invoke })
        {
            for (var turn = 0; turn < 3; turn++)
            {
                counter.Reset();
                var payload = kind == TurnKind.Message
                    ? TurnActivities.Help(conversation, tenantId, serviceUrl)
                    : TurnActivities.Block(conversation, tenantId, serviceUrl, conversation.CommitmentId!, conversation.NextReason());
                using var content = new StringContent(payload, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(endpoint, content, cancellationToken);
                response.EnsureSuccessStatusCode();
            }

            counts[kind] = counter.Calls;
        }

        return counts;
    }
}
