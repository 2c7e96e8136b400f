using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Benchmarks.Infrastructure;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Benchmarks.Sweep;

/// <summary>
/// Issue 3's sweep figure: how many stored entities one scheduler sweep reads when many commitments are stored
/// and few are due. The service's host runs in this process with its table client wrapped by a counting policy;
/// its own SchedulerSweep runs once, with its real handlers.
/// </summary>
internal sealed class SweepScenario(BenchOptions options)
{
    private const string TenantId = "3e5a7c9b-1d2f-4a6b-8c0d-2e4f6a8b0c03";
    private const int BatchSize = 100;
    private const int Owners = 1000;

    private readonly int _commitments = options.Number("commitments", 100_000);
    private readonly int _due = options.Number("due", 100);

    // "next": each future commitment's next piece of work (its day-before reminder); "full": its whole plan.
    private readonly bool _fullPlan = options.Text("plan") == "full";

    public async Task RunAsync(Report report, CancellationToken cancellationToken)
    {
        var storage = options.Storage;
        var prefix = TablePrefixes.New("sw");
        var counter = new StorageCallCounter(prefix);
        await using var service = new InProcessService(new InProcessServiceSettings(storage, prefix, counter));
        var services = service.Services;
        var schedule = services.GetRequiredService<WorkSchedule>();
        var missedAfter = services.GetRequiredService<IOptions<CommitmentOptions>>().Value.MissedReminderAfter;
        var now = TimeProvider.System.GetUtcNow();
        var owners = Enumerable.Range(0, Owners).Select(_ => Guid.NewGuid().ToString()).ToArray();

        var seeding = Stopwatch.StartNew();
        await SeedDueAsync(services, schedule, owners, now, missedAfter, cancellationToken);
        var bulk = await SeedFutureAsync(storage, prefix, schedule, owners, now, missedAfter, cancellationToken);
        seeding.Stop();
        Progress.Say($"stored {Format.Count(bulk + (2 * _due))} pieces of work for {Format.Count(_commitments)} commitments in {seeding.Elapsed.TotalSeconds:F1} s");

        counter.Reset();
        var sweeping = Stopwatch.StartNew();
        var done = await services.GetRequiredService<SchedulerSweep>().RunOnceAsync(cancellationToken);
        sweeping.Stop();
        var calls = counter.Calls;
        Progress.Say($"one sweep did {done} pieces of work with {calls.Count} table requests in {sweeping.Elapsed.TotalSeconds:F2} s");

        counter.Reset();
        var again = await services.GetRequiredService<SchedulerSweep>().RunOnceAsync(cancellationToken);
        var idleCalls = counter.Calls;

        Write(report, new SweepFigures(bulk + (2 * _due), seeding.Elapsed, done, sweeping.Elapsed, calls, again, idleCalls));
    }

    // The due commitments go through the real stores: each is stored, its owner known, its due step and missed
    // reminder scheduled (its day-before reminder already ran and was removed).
    private async Task SeedDueAsync(
        IServiceProvider services,
        WorkSchedule schedule,
        string[] owners,
        DateTimeOffset now,
        TimeSpan missedAfter,
        CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<CommitmentStore>();
        var people = services.GetRequiredService<IPeopleStore>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, _due),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var owner = owners[i % owners.Length];
                var item = NewCommitment(i, owner, now.AddSeconds(-(i + 1)), now.AddDays(-3));
                await people.UpsertAsync(TenantId, new PersonSighting(owner, $"Rep {i}", $"29:1sweep-{i}"), token);
                await store.AddAsync(item, token);
                foreach (var work in CommitmentWork.Plan(item, item.CreatedAt, missedAfter).Where(w => w.Kind != CommitmentWork.DayBefore))
                {
                    await schedule.ScheduleAsync(work, token);
                }
            });
    }

    // The rest only need their scheduled work (the sweep reads no commitment that is not due), written in batch
    // transactions with WorkSchedule's keys. The first commitment's whole plan goes through WorkSchedule itself and
    // is read back with the batch's keys, to prove the keys match.
    private async Task<int> SeedFutureAsync(
        string storage,
        string prefix,
        WorkSchedule schedule,
        string[] owners,
        DateTimeOffset now,
        TimeSpan missedAfter,
        CancellationToken cancellationToken)
    {
        var table = new TableServiceClient(storage).GetTableClient(prefix + "schedule");
        var future = _commitments - _due;
        var first = CommitmentWork.Plan(NewCommitment(_due, owners[0], now.AddDays(2), now), now, missedAfter).ToList();
        foreach (var work in first)
        {
            await schedule.ScheduleAsync(work, cancellationToken);
            var stored = await table.GetEntityIfExistsAsync<TableEntity>(Partition(), Row(work), cancellationToken: cancellationToken);
            if (!stored.HasValue)
            {
                throw new InvalidOperationException("WorkSchedule's keys changed: update the sweep scenario's seeding.");
            }
        }

        var rows = Enumerable.Range(_due + 1, future - 1)
            .SelectMany(i => CommitmentWork.Plan(
                NewCommitment(i, owners[i % owners.Length], now.AddDays(2).AddSeconds(i * 20), now),
                now,
                missedAfter).Take(_fullPlan ? 3 : 1))
            .Select(Entity)
            .Chunk(BatchSize);
        var written = first.Count;
        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (batch, token) =>
            {
                await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), token);
                if (Interlocked.Add(ref written, batch.Length) % 50_000 < BatchSize)
                {
                    Progress.Say($"{Format.Count(written)} pieces of work stored");
                }
            });
        return written;
    }

    private static Commitment NewCommitment(int i, string owner, DateTimeOffset dueAt, DateTimeOffset createdAt) => new()
    {
        TenantId = TenantId,
        Id = string.Create(CultureInfo.InvariantCulture, $"sweep{i:D7}"),
        Text = "Book the mutual close plan call with Fabrikam's CFO",
        OwnerIds = [owner],
        DueAt = dueAt,
        SuccessCriterion = "The call is in both calendars",
        CreatedBy = owner,
        Origin = new CommitmentOrigin(CommitmentOriginKind.OneOnOne, "bench-1on1"),
        CreatedAt = createdAt,
    };

    private static ScheduledWorkEntity Entity(ScheduledWork work) => new()
    {
        PartitionKey = Partition(),
        RowKey = Row(work),
        TenantId = work.TenantId,
        WorkId = work.Id,
        Kind = work.Kind,
        DueAt = work.DueAt,
        StaleAt = work.StaleAt,
        Payload = work.Payload,
    };

    private static string Partition() => TableKeys.Partition(TenantId, "due");

    private static string Row(ScheduledWork work) =>
        work.DueAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "|" + TableKeys.Escape(work.Id);

    private void Write(Report report, SweepFigures figures)
    {
        var calls = figures.Calls;
        var queried = calls.Sum(c => c.QueryEntities);
        var pointReads = calls.Count(c => c.PointRead);

        report.Heading("How it was measured");
        report.Bullets(
        [
            $"{Format.Count(_commitments)} commitments of {Format.Count(Owners)} people in one tenant; {_due} of them due in "
                + "the last minutes, each with its due card and its missed reminder stored (its day-before reminder "
                + "already ran). "
                + (_fullPlan
                    ? "Each future commitment has its whole plan stored (day-before reminder, due card, missed reminder)."
                    : "Each future commitment has its next piece of work stored (its day-before reminder, 2 to 25 days "
                        + "ahead): the whole plan (`--plan full`, 3 pieces each) took Azurite too long on this machine, "
                        + "whose inserts into one partition slow down as it grows (50,000 pieces in 3 minutes, the next "
                        + "50,000 not in 4 more). Future work only adds rows a sweep must not read, so one piece each "
                        + "tests the same thing."),
            $"Stored: {Format.Count(figures.StoredWork)} pieces of work in {Format.Seconds(figures.Seeding)} s. The due "
                + "commitments, their owners and their work go through the real CommitmentStore, people store and "
                + "WorkSchedule; the future work goes in batch transactions of 100 with WorkSchedule's keys (one piece "
                + "through WorkSchedule is read back with those keys to prove they match). Only due commitments are "
                + "stored in the commitments table, since a sweep reads a commitment only when its work is due.",
            "The service's host runs in this process (its composition root; its own scheduler and sender switched off so "
                + "that only this sweep runs), its table client wrapped by a pipeline policy that records each request and "
                + "counts the entities of each query answer (the length of its JSON `value` array) and each point read "
                + "that found its entity. SchedulerSweep.RunOnceAsync runs once, with the real handlers.",
        ]);

        report.Heading("Results");
        var table = new MarkdownTable("Figure", "Value", "Target");
        table.Row("Pieces of work done by the sweep", Format.Count(figures.Done), Format.Count(_due));
        table.Row("Entities read by queries", Format.Count(queried), $"close to {_due} ({Format.Met(queried <= _due + 10)})");
        table.Row("... of which from the schedule table", Format.Count(calls.Where(c => c.Table == "schedule").Sum(c => c.QueryEntities)), "");
        table.Row("Entities read by key (the handlers' point reads)", Format.Count(pointReads), "");
        table.Row("Table requests in all", Format.Count(calls.Count), "");
        table.Row("Sweep time", Format.Seconds(figures.Sweeping) + " s", "");
        table.Row("Entities read by a second sweep (nothing due)", Format.Count(figures.IdleCalls.Sum(c => c.EntitiesRead)), $"{figures.Again} pieces done");
        report.Table(table);

        report.Heading("Requests by table");
        var byTable = new MarkdownTable("Table", "Requests", "Queries", "Entities from queries", "Point reads found", "Writes");
        foreach (var group in calls.GroupBy(c => c.Table).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            byTable.Row(
                group.Key,
                Format.Count(group.Count()),
                Format.Count(group.Count(c => c.Method == "GET" && !c.PointRead && c.Status == 200)),
                Format.Count(group.Sum(c => c.QueryEntities)),
                Format.Count(group.Count(c => c.PointRead)),
                Format.Count(group.Count(c => c.IsWrite)));
        }

        report.Table(byTable);
    }

    private sealed record SweepFigures(
        int StoredWork,
        TimeSpan Seeding,
        int Done,
        TimeSpan Sweeping,
        IReadOnlyList<StorageCall> Calls,
        int Again,
        IReadOnlyList<StorageCall> IdleCalls);
}
