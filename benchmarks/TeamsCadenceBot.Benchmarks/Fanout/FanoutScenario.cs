using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Benchmarks.Infrastructure;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Benchmarks.Fanout;

/// <summary>
/// Issue 3's fan-out figures: reminders queued into the real outbox and outbound queue on Azurite, then sent by
/// the service's own host (its DeliveryService, DeliverySender, ProactiveMessenger, ConnectorClient, TeamsRateGate
/// and TeamsRateLimiter, registered by its composition root) to a connector that enforces Teams' limits.
/// </summary>
internal sealed class FanoutScenario(BenchOptions options)
{
    private const string TenantId = "9c1d3e5f-7a2b-4c6d-8e0f-1a3b5c7d9e02";
    private const double Ceiling = 50;

    // The service's own defaults, as the host measured here runs with them.
    private static readonly DeliveryOptions Defaults = new();

    private readonly int _people = options.Number("people", 2000);
    private readonly int _perPerson = options.Number("messages-per-person", 5);
    private readonly TimeSpan _timeout = TimeSpan.FromMinutes(options.Number("timeout-minutes", 15));

    // 0: every message is queued before the host starts. Otherwise messages are queued at this many a second while
    // the host sends, as the scheduler feeds the queue, which keeps Azurite's queue short (see the README).
    private readonly int _enqueueRate = options.Number("enqueue-rate", 0);

    public async Task RunAsync(Report report, CancellationToken cancellationToken)
    {
        var storage = options.Storage;
        var prefix = TablePrefixes.New("fo");
        var total = _people * _perPerson;
        var settings = Options.Create(new StorageOptions { ConnectionString = storage, TablePrefix = prefix });
        var tables = new CadenceTables(settings);
        var queues = new CadenceQueues(settings);
        await using var teams = await TeamsLimitServer.StartAsync(cancellationToken);

        var people = Enumerable.Range(0, _people).Select(i => new FanoutPerson(i)).ToList();
        var seeding = Stopwatch.StartNew();
        await SeedConversationsAsync(tables, teams.ServiceUrl, people, cancellationToken);
        var seeded = seeding.Elapsed;
        Progress.Say($"stored {_people} personal chats in {seeded.TotalSeconds:F1} s");

        var outbound = new OutboundQueue(new OutboxStore(tables), queues);
        var messages = people
            .SelectMany(p => Enumerable.Range(1, _perPerson).Select(n => FanoutMessages.Reminder(TenantId, p.AadObjectId, n)))
            .ToList();
        var enqueued = TimeSpan.Zero;
        if (_enqueueRate == 0)
        {
            enqueued = await EnqueueAsync(outbound, messages, rate: 0, cancellationToken);
            Progress.Say($"queued {total} messages in {enqueued.TotalSeconds:F1} s; starting the service's host");
        }

        var logs = new CountingLoggerProvider();
        var timeline = new List<Sample>();
        var started = Stopwatch.GetTimestamp();
        var timedOut = false;
        await using (var service = new InProcessService(
            new InProcessServiceSettings(storage, prefix, Sweeps: true, Delivers: true, Logs: logs)))
        {
            _ = service.Services;
            var producing = _enqueueRate == 0
                ? Task.FromResult(enqueued)
                : EnqueueAsync(outbound, messages, _enqueueRate, cancellationToken);
            var queue = await queues.GetAsync(OutboundQueue.QueueName, cancellationToken);
            timedOut = !await WaitForAllAsync(teams, queue, total, timeline, cancellationToken);
            enqueued = await producing;

            // Late duplicates (a redelivered queue message sent again) would arrive after the last first send.
            await Task.Delay(TimeSpan.FromSeconds(10), TimeProvider.System, cancellationToken);
        }

        var drained = Stopwatch.GetElapsedTime(started);
        var states = await CountStatesAsync(tables, cancellationToken);
        var left = (await (await queues.GetAsync(OutboundQueue.QueueName, cancellationToken)).GetPropertiesAsync(cancellationToken))
            .Value.ApproximateMessagesCount;

        Write(report, new FanoutFigures(total, teams, seeded, enqueued, drained, timedOut, states, left, logs.Counts));
        WriteTimeline(report, timeline);
    }

    // Through the real OutboundQueue, 32 at a time; at a given rate a second, the n-th message starts at n / rate.
    private static async Task<TimeSpan> EnqueueAsync(
        OutboundQueue outbound,
        List<OutboundMessage> messages,
        int rate,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, messages.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var due = rate == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)i / rate);
                if (due > started.Elapsed)
                {
                    await Task.Delay(due - started.Elapsed, TimeProvider.System, token);
                }

                await outbound.EnqueueAsync(messages[i], token);
            });
        return started.Elapsed;
    }

    // The real stores, 16 at a time: each person, and their personal chat with this server as its service URL.
    private static async Task SeedConversationsAsync(
        CadenceTables tables,
        Uri serviceUrl,
        IReadOnlyList<FanoutPerson> people,
        CancellationToken cancellationToken)
    {
        var store = new ConversationStore(tables, TimeProvider.System, NullLogger<ConversationStore>.Instance);
        var peopleStore = new TablePeopleStore(
            tables,
            Options.Create(new PeopleOptions()),
            new RecentSightings(TimeProvider.System),
            NullLogger<TablePeopleStore>.Instance);
        await Parallel.ForEachAsync(
            people,
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (person, token) =>
            {
                var reference = new ConversationReference(
                    TenantId,
                    person.ConversationId,
                    ConversationScope.Personal,
                    serviceUrl.ToString(),
                    "28:bench-bot-app-id")
                {
                    UserId = person.TeamsUserId,
                    UserAadObjectId = person.AadObjectId,
                };
                await store.RememberAsync(reference, [new ConversationMember(person.TeamsUserId, person.AadObjectId, person.Name)], token);
                await peopleStore.UpsertAsync(
                    TenantId,
                    new PersonSighting(person.AadObjectId, person.Name, person.TeamsUserId, InPersonalChat: true),
                    token);
            });
    }

    // Samples once a second how many were accepted and how deep the queue is (one request to the queue service).
    private async Task<bool> WaitForAllAsync(
        TeamsLimitServer teams,
        Azure.Storage.Queues.QueueClient queue,
        int total,
        List<Sample> timeline,
        CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var lastProgress = Stopwatch.StartNew();
        var lastCount = 0;
        while (teams.DistinctAccepted < total)
        {
            if (deadline.Elapsed > _timeout || lastProgress.Elapsed > TimeSpan.FromMinutes(3))
            {
                Progress.Say($"gave up with {teams.DistinctAccepted} of {total} delivered");
                return false;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, cancellationToken);
            var depth = (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
            timeline.Add(new Sample(deadline.Elapsed, teams.DistinctAccepted, depth));
            if (teams.DistinctAccepted != lastCount)
            {
                lastCount = teams.DistinctAccepted;
                lastProgress.Restart();
                if (deadline.Elapsed.TotalSeconds % 15 < 1)
                {
                    Progress.Say($"{lastCount} of {total} delivered, {teams.ThrottledByTenant + teams.ThrottledByConversation} throttled");
                }
            }
        }

        return true;
    }

    private static async Task<IReadOnlyDictionary<string, int>> CountStatesAsync(CadenceTables tables, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(OutboxStore.Table, cancellationToken);
        // Every bucket of the tenant's outbox: keys are escaped, so '|' ends the prefix and '}' follows it.
        var prefix = TableKeys.Partition(TenantId, "outbox");
        var (from, to) = (prefix + "|", prefix + "}");
        var states = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey gt {from} and PartitionKey lt {to}"),
            select: ["State"],
            cancellationToken: cancellationToken))
        {
            var state = row.GetString("State") ?? "(none)";
            states[state] = states.GetValueOrDefault(state) + 1;
        }

        return states;
    }

    private void Write(Report report, FanoutFigures figures)
    {
        var teams = figures.Teams;
        var accepted = teams.AcceptedAt;
        var duplicates = teams.AcceptedByKey.Values.Sum(n => n - 1);
        var lost = figures.Total - teams.DistinctAccepted;
        var span = accepted.Count > 1 ? Stopwatch.GetElapsedTime(accepted[0], accepted[^1]) : TimeSpan.Zero;
        var sustained = accepted.Count > 1 ? (accepted.Count - 1) / span.TotalSeconds : 0;
        var perSecond = PerSecond(accepted);
        var throttled = teams.ThrottledByTenant + teams.ThrottledByConversation;

        report.Heading("How it was measured");
        report.Bullets(
        [
            $"{Format.Count(figures.Total)} reminders: {Format.Count(_people)} people x {_perPerson} messages each, one "
                + "tenant (so the 50 requests/s tenant limit is the ceiling), each person with a personal chat stored "
                + "through the real ConversationStore whose service URL is the limit-enforcing server. Five per person "
                + "is a day's reminders for someone with several commitments due; it never reaches a per-conversation "
                + "limit (7 in 1 s), so the tenant limit and the sender's pacing are what is measured.",
            _enqueueRate == 0
                ? "Queued through the real OutboundQueue (outbox row + queue message, 32 at a time), person by person, "
                    + "before the host starts, so the sender finds a full queue."
                : $"Queued through the real OutboundQueue (outbox row + queue message), person by person, at {_enqueueRate} "
                    + "a second while the host sends, as the scheduler feeds the queue: above the 50/s ceiling, so the "
                    + "sender never waits for work, yet Azurite's queue stays short (its operations slow down as a queue "
                    + "grows: see the azurite report).",
            "Sent by the service's own host (WebApplicationFactory over its Program, its composition root unchanged, "
                + "Development environment, Bot:Credentials:Kind=None, default Delivery options: up to "
                + $"{Defaults.Concurrency} at a time, holding up to {Defaults.Prefetch:N0} received ahead, deleting sent "
                + "ones from the queue behind the sends): "
                + "DeliveryService, DeliverySender, ProactiveMessenger, ConnectorClient, TeamsRateGate and "
                + "TeamsRateLimiter as registered by the app.",
            "Storage: Azurite's table service and queue service as two processes (`scripts/bench.sh` starts them so "
                + "for this scenario), as Azure runs them apart. Azurite's queue service stops answering every minute "
                + "while it frees the space of deleted messages (for 10 to 20 s in earlier runs here); apart, that "
                + "pause does not stop the table service, and the sender works on from what it holds.",
            "The server keeps Teams' documented limits over sliding windows of the sends it accepted (per conversation "
                + "7/1 s, 8/2 s, 60/30 s, 1800/h; per tenant 50/s) and answers 429 with Retry-After in whole seconds "
                + "(at least 1) when a send would break one; it records every accepted message's idempotency key.",
            "Sustained rate: accepted sends from the first to the last over that time.",
        ]);

        report.Heading("Results");
        var table = new MarkdownTable("Figure", "Value", "Target");
        table.Row("Messages queued", Format.Count(figures.Total), "");
        table.Row("Delivered (distinct keys accepted)", Format.Count(teams.DistinctAccepted), "");
        table.Row("Sustained sends/s (first to last accepted)", Format.Rate1(sustained), "");
        table.Row("Share of the 50/s ceiling", Format.Percent(sustained / Ceiling), $"at least 90% ({Format.Met(sustained / Ceiling >= 0.9)})");
        table.Row("Time from first to last send", Format.Seconds(span) + " s", $"at least {Format.Rate(figures.Total / Ceiling)} s at 50/s");
        table.Row("Sends in the busiest second / median second with sends", $"{perSecond.Max} / {perSecond.Median}", "at most 50");
        table.Row("Seconds with at least one send, of all", $"{Format.Count(perSecond.Busy)} of {Format.Count((long)Math.Ceiling(span.TotalSeconds))}", "");
        table.Row("429s received (tenant limit / conversation limit)", $"{Format.Count(throttled)} ({Format.Count(teams.ThrottledByTenant)} / {Format.Count(teams.ThrottledByConversation)})", "");
        table.Row("Requests to the connector", Format.Count(teams.Requests), "");
        table.Row("Duplicates (a key accepted more than once)", Format.Count(duplicates), $"0 ({Format.Met(duplicates == 0)})");
        table.Row(
            figures.TimedOut ? "Not delivered when the run stopped (still queued: see the outbox)" : "Lost (queued, never accepted)",
            Format.Count(lost),
            $"0 ({Format.Met(lost == 0)})");
        table.Row("Outbox rows by state after the run", string.Join(", ", figures.States.Select(s => $"{s.Key} {Format.Count(s.Value)}")), "all Sent");
        table.Row("Queue messages left", Format.Count(figures.QueueLeft), "0");
        table.Row("Host start to all delivered (+10 s watch for late duplicates)", Format.Seconds(figures.Drained) + " s", figures.TimedOut ? "**timed out**" : "");
        table.Row("Storing the personal chats", Format.Seconds(figures.Seeded) + " s", "");
        table.Row(
            "Queuing the messages",
            $"{Format.Seconds(figures.Enqueued)} s ({Format.Rate(figures.Total / figures.Enqueued.TotalSeconds)}/s)",
            _enqueueRate == 0 ? "before the host started" : "while the host sent");
        report.Table(table);

        report.Heading("Warnings and errors the service logged");
        var logged = new MarkdownTable("Level and event", "Count");
        foreach (var (name, count) in figures.Logs.OrderByDescending(l => l.Value))
        {
            logged.Row(name, Format.Count(count));
        }

        if (figures.Logs.Count == 0)
        {
            logged.Row("(none)", "0");
        }

        report.Table(logged);
    }

    // Accepted sends per whole second since the first, over the seconds that had any; the last, partial second is
    // left out of the median.
    private static (int Max, int Median, int Busy) PerSecond(IReadOnlyList<long> accepted)
    {
        if (accepted.Count == 0)
        {
            return (0, 0, 0);
        }

        var buckets = accepted.GroupBy(t => (int)Stopwatch.GetElapsedTime(accepted[0], t).TotalSeconds).Select(g => g.Count()).ToList();
        var full = buckets.Count > 1 ? buckets.SkipLast(1).Order().ToList() : buckets;
        return (buckets.Max(), full[full.Count / 2], buckets.Count);
    }

    // Sends and queue depth about every 10 s, to show where the rate falls and whether the queue was deep then.
    // The sampler asks the queue service for its depth, so while that service pauses a row covers more time.
    private static void WriteTimeline(Report report, List<Sample> timeline)
    {
        report.Heading("Timeline");
        var table = new MarkdownTable("Seconds since the host started", "Sends", "Sends/s", "Queue depth at the end");
        var previous = new Sample(TimeSpan.Zero, 0, 0);
        foreach (var sample in timeline.Where((_, i) => i % 10 == 9 || i == timeline.Count - 1))
        {
            var seconds = (sample.At - previous.At).TotalSeconds;
            table.Row(
                $"{previous.At.TotalSeconds:F0}-{sample.At.TotalSeconds:F0}",
                Format.Count(sample.Accepted - previous.Accepted),
                Format.Rate1(seconds > 0 ? (sample.Accepted - previous.Accepted) / seconds : 0),
                Format.Count(sample.QueueDepth));
            previous = sample;
        }

        report.Table(table);
    }

    private sealed record Sample(TimeSpan At, int Accepted, int QueueDepth);

    private sealed record FanoutPerson(int Index)
    {
        public string AadObjectId { get; } = Guid.NewGuid().ToString();

        public string TeamsUserId => string.Create(CultureInfo.InvariantCulture, $"29:1fanout-{Index}");

        public string ConversationId => string.Create(CultureInfo.InvariantCulture, $"a:1fanout-personal-{Index}");

        public string Name => string.Create(CultureInfo.InvariantCulture, $"Rep {Index}");
    }

    private sealed record FanoutFigures(
        int Total,
        TeamsLimitServer Teams,
        TimeSpan Seeded,
        TimeSpan Enqueued,
        TimeSpan Drained,
        bool TimedOut,
        IReadOnlyDictionary<string, int> States,
        int QueueLeft,
        IReadOnlyDictionary<string, int> Logs);
}
