using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Emulator;

/// <summary>
/// How Azurite itself answers as a partition grows: the latency of a point read and of an insert in a partition
/// of 100, 2,000 and 20,000 entities. The service keeps some data in one partition per tenant (commitments, a
/// day's dedupe claims, the outbox, due work), so this decides how its figures on Azurite drift with volume.
/// </summary>
internal sealed class AzuriteScenario(BenchOptions options)
{
    private const int Probes = 200;
    private static readonly int[] Sizes = [100, 2_000, 20_000];

    public async Task RunAsync(Report report, CancellationToken cancellationToken)
    {
        var service = new TableServiceClient(options.Storage);
        var table = new MarkdownTable("Entities in the partition", "Point read p50 ms", "Point read p95 ms", "Insert p50 ms", "Insert p95 ms");
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
            for (var probe = 0; probe < Probes; probe++)
            {
                var started = Stopwatch.GetTimestamp();
                await client.GetEntityAsync<TableEntity>("p", Key((probe * 7919) % size), cancellationToken: cancellationToken);
                reads.Add(started, Stopwatch.GetTimestamp());

                started = Stopwatch.GetTimestamp();
                await client.AddEntityAsync(Entity(size + probe), cancellationToken);
                inserts.Add(started, Stopwatch.GetTimestamp());
            }

            var read = reads.Summarize();
            var insert = inserts.Summarize();
            table.Row(Format.Count(size), Format.Ms2(read.P50), Format.Ms2(read.P95), Format.Ms2(insert.P50), Format.Ms2(insert.P95));
            Progress.Say($"partition of {size}: read p50 {read.P50:F2} ms, insert p50 {insert.P50:F2} ms");
            await client.DeleteAsync(cancellationToken);
        }

        report.Heading("How it was measured");
        report.Paragraph(
            $"One client, one request at a time: a partition filled in batch transactions, then {Probes} point reads of "
            + "existing entities and as many inserts of new ones, alternating. Entities are small (three properties).");
        report.Heading("Results");
        report.Table(table);
    }

    private static TableEntity Entity(int i) => new("p", Key(i))
    {
        ["ClaimedAt"] = TimeProvider.System.GetUtcNow(),
        ["Note"] = "bench",
    };

    private static string Key(int i) => i.ToString("D8", CultureInfo.InvariantCulture);
}
