using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Emulator;

/// <summary>
/// How Azurite itself answers as data grows: a point read, an update, an upsert and an insert in a partition of
/// 100, 2,000 and 20,000 entities; receiving and deleting messages in a queue of 100, 2,000 and 10,000. The
/// service keeps some data in one partition per tenant (commitments, a day's dedupe claims, the outbox, due work)
/// and its sender drains one queue, so this tells how its figures on Azurite drift with volume.
/// </summary>
internal sealed class AzuriteScenario(BenchOptions options)
{
    private const int Probes = 200;
    private const int QueueRounds = 10;
    private static readonly int[] Sizes = [100, 2_000, 20_000];
    private static readonly int[] QueueDepths = [100, 2_000, 10_000];

    public async Task RunAsync(Report report, CancellationToken cancellationToken)
    {
        var service = new TableServiceClient(options.Storage);
        var table = new MarkdownTable(
            "Entities in the partition", "Point read p50 / p95 ms", "Insert p50 / p95 ms", "Update (ETag) p50 / p95 ms",
            "Upsert (replace) p50 / p95 ms");
        foreach (var size in Sizes)
        {
            var client = service.GetTableClient(TablePrefixes.New("az"));
            await client.CreateIfNotExistsAsync(cancellationToken);
            foreach (var batch in Enumerable.Range(0, size).Chunk(100))
            {
                await client.SubmitTransactionAsync(
                    batch.Select(i => new TableTransactionAction(TableTransactionActionType.Add, Entity(i))),
                    cancellationToken);
            }

            var reads = new Latencies();
            var inserts = new Latencies();
            var updates = new Latencies();
            var upserts = new Latencies();
            for (var probe = 0; probe < Probes; probe++)
            {
                var started = Stopwatch.GetTimestamp();
                var found = await client.GetEntityAsync<TableEntity>("p", Key((probe * 7919) % size), cancellationToken: cancellationToken);
                reads.Add(started, Stopwatch.GetTimestamp());

                started = Stopwatch.GetTimestamp();
                await client.UpdateEntityAsync(found.Value, found.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                updates.Add(started, Stopwatch.GetTimestamp());

                started = Stopwatch.GetTimestamp();
                await client.UpsertEntityAsync(Entity((probe * 104729) % size), TableUpdateMode.Replace, cancellationToken);
                upserts.Add(started, Stopwatch.GetTimestamp());

                started = Stopwatch.GetTimestamp();
                await client.AddEntityAsync(Entity(size + probe), cancellationToken);
                inserts.Add(started, Stopwatch.GetTimestamp());
            }

            var read = reads.Summarize();
            table.Row(Format.Count(size), Both(read), Both(inserts.Summarize()), Both(updates.Summarize()), Both(upserts.Summarize()));
            Progress.Say($"partition of {size}: read p50 {read.P50:F2} ms");
            await client.DeleteAsync(cancellationToken);
        }

        var queues = await QueueDepthAsync(cancellationToken);

        report.Heading("How it was measured");
        report.Paragraph(
            $"One client, one request at a time: a partition filled in batch transactions, then {Probes} rounds of a point "
            + "read of an existing entity, its update under the ETag read, an upsert (replace) of another existing "
            + "entity, and an insert of a new one. Entities are small (two properties besides the keys).");
        report.Heading("Results: tables");
        report.Table(table);
        report.Heading("Results: queues");
        report.Paragraph(
            $"A queue filled with small messages (16 sends at a time), then {QueueRounds} rounds of receiving 32 messages "
            + "and deleting each, one request at a time, as the service's DeliveryService does with a batch.");
        report.Table(queues);
    }

    private async Task<MarkdownTable> QueueDepthAsync(CancellationToken cancellationToken)
    {
        var table = new MarkdownTable(
            "Messages in the queue", "Receive 32 p50 / p95 ms", "Delete one p50 / p95 ms", "Deletes the client retried");
        var service = new QueueServiceClient(options.Storage);
        foreach (var depth in QueueDepths)
        {
            var queue = service.GetQueueClient(TablePrefixes.New("az").ToLowerInvariant());
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await Parallel.ForEachAsync(
                Enumerable.Range(0, depth),
                new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (i, token) => await queue.SendMessageAsync($$"""{"TenantId":"t","Key":"k{{i}}"}""", token));

            var receives = new Latencies();
            var deletes = new Latencies();
            var retriedDeletes = 0;
            for (var round = 0; round < QueueRounds; round++)
            {
                var started = Stopwatch.GetTimestamp();
                var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(2), cancellationToken)).Value;
                receives.Add(started, Stopwatch.GetTimestamp());
                foreach (var message in batch)
                {
                    started = Stopwatch.GetTimestamp();
                    try
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                    }
                    catch (RequestFailedException e) when (e.Status == 404)
                    {
                        // The client timed out and retried a delete that Azurite had done meanwhile: still one delete.
                        retriedDeletes++;
                    }

                    deletes.Add(started, Stopwatch.GetTimestamp());
                }
            }

            table.Row(Format.Count(depth), Both(receives.Summarize()), Both(deletes.Summarize()), Format.Count(retriedDeletes));
            Progress.Say($"queue of {depth}: delete p50 {deletes.Summarize().P50:F2} ms");
            await queue.DeleteAsync(cancellationToken);
        }

        return table;
    }

    private static string Both(LatencySummary latency) => $"{Format.Ms2(latency.P50)} / {Format.Ms2(latency.P95)}";

    private static TableEntity Entity(int i) => new("p", Key(i))
    {
        ["ClaimedAt"] = TimeProvider.System.GetUtcNow(),
        ["Note"] = "bench",
    };

    private static string Key(int i) => i.ToString("D8", CultureInfo.InvariantCulture);
}
