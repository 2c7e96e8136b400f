using System.Globalization;
using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>Writes the turns scenario's figures and its comparison with the targets of issue 2.</summary>
internal static class TurnsReport
{
    private const string Bare = "bare";

    public static void Write(Report report, TurnsFigures figures, int invokeAnswerBytes, int helpActivityBytes)
    {
        report.Heading("How it was measured");
        report.Bullets(
        [
            "**bot**: the service's Release build started as `dotnet TeamsCadenceBot.dll` (its own runtimeconfig: server GC) "
                + "on Kestrel, in the local-development setting (Development environment, Storage:ConnectionString, "
                + "Storage:TablePrefix, Bot:Authentication:AllowUnauthenticatedLocalRequests=true, Bot:Credentials:Kind=None) "
                + "and no other setting, so logging is at its default level (Information, console; output sent to a file).",
            "**bot, quiet logs**: the same build and settings plus Logging:LogLevel:Default=Warning and the per-request "
                + "local-development warning (InboundRequestAuthenticator) at Error, as a production log level would be.",
            "**bare**: a minimal-API ASP.NET Core app in its own process (server GC) that parses the activity, reads and "
                + "writes one entity in Azurite (under its ETag) and answers with the bytes the service answered: the "
                + $"updated commitment card ({invokeAnswerBytes} bytes) for the invoke; for the message it posts the service's "
                + $"help-card reply ({helpActivityBytes} bytes) to the connector and acknowledges with 200, as the service does.",
            "**message**: `help` in a personal chat; the reply goes to a loopback stand-in for the Bot Connector that "
                + "answers 201 at once. **invoke**: `adaptiveCard/action` with verb `commitments.block` (and a new reason each "
                + "time) on the sender's open commitment, stored beforehand through CommitmentStore, answered with the "
                + "updated card. Block rather than done: done can happen once per commitment, so done turns would need "
                + "thousands of stored commitments in the tenant's one commitments partition (see the benchmarks README).",
            "Each server has a tenant of its own, so its turns' dedupe claims go to a partition of their own.",
            $"Each conversation is a distinct personal chat (its own Teams id, Entra object id and conversation id). "
                + $"A closed loop: each conversation sends its next turn when the last is answered. Runs at 1 conversation "
                + $"({figures.SoloTurns} turns a round) and {figures.Conversations} conversations ({figures.PerConversation} "
                + $"turns each a round), {figures.Rounds} rounds per server alternating the order of the servers, after a "
                + "warm-up of every conversation. Throughput: all rounds' turns over their summed time; latency percentiles "
                + "over every turn of every round, exact (nearest rank).",
            $"Message turns go to {figures.Chats} further personal chats in turn, each in a tenant of its own, each chat "
                + "once before any gets a second: the service holds every reply to Teams' limits (per conversation 7 in "
                + "1 s, 8 in 2 s, 60 in 30 s; 50 a second per tenant), which a closed loop in one chat would hit at once. "
                + "The workers are as above (1, or one per conversation); only the chat each turn goes to rotates.",
            "Everything (driver, connector stand-in, servers, Azurite) shares the machine's 2 cores.",
        ]);

        report.Heading("Results");
        var results = new MarkdownTable(
            "Turn", "Conversations", "Server", "Turns", "Throughput /s", "Rounds /s (min-max)", "p50 ms", "p95 ms",
            "p99 ms", "max ms", "Errors");
        foreach (var m in figures.Measurements.OrderBy(m => m.Conversations).ThenBy(m => m.Kind))
        {
            var latency = m.Latency();
            results.Row(
                m.Kind.ToString().ToLowerInvariant(),
                m.Conversations.ToString(CultureInfo.InvariantCulture),
                m.Server,
                Format.Count(m.Turns),
                Format.Rate(m.Throughput),
                $"{Format.Rate(m.SlowestRound)}-{Format.Rate(m.FastestRound)}",
                Format.Ms(latency.P50),
                Format.Ms(latency.P95),
                Format.Ms(latency.P99),
                Format.Ms(latency.Max),
                Format.Count(m.Errors + m.MissingReplies));
        }

        report.Table(results);

        report.Heading("Against the targets of issue 2");
        report.Paragraph(
            $"At {figures.Conversations} conversations: throughput at least 85% of the bare endpoint's and p99 at most 1.25 "
            + "times its p99. At 1 conversation: p50 within 2 ms of the bare endpoint's.");
        var targets = new MarkdownTable(
            "Turn", "Server", $"Throughput vs bare at {figures.Conversations}", $"p99 vs bare at {figures.Conversations}",
            "p50 minus bare at 1 (ms)", "Verdict");
        foreach (var kind in new[] { TurnKind.Message, TurnKind.Invoke })
        {
            foreach (var server in figures.Measurements.Select(m => m.Server).Distinct().Where(s => s != Bare))
            {
                var many = Find(figures, kind, figures.Conversations, server);
                var manyBare = Find(figures, kind, figures.Conversations, Bare);
                var solo = Find(figures, kind, 1, server);
                var soloBare = Find(figures, kind, 1, Bare);
                var throughput = many.Throughput / manyBare.Throughput;
                var p99 = many.Latency().P99 / manyBare.Latency().P99;
                var p50 = solo.Latency().P50 - soloBare.Latency().P50;
                targets.Row(
                    kind.ToString().ToLowerInvariant(),
                    server,
                    $"{Format.Percent(throughput)} ({Format.Met(throughput >= 0.85)})",
                    $"{Format.Ratio(p99)}x ({Format.Met(p99 <= 1.25)})",
                    $"{Format.Ms2(p50)} ({Format.Met(p50 <= 2)})",
                    throughput >= 0.85 && p99 <= 1.25 && p50 <= 2 ? "all met" : "**not all met**");
            }
        }

        report.Table(targets);

        report.Heading("Storage requests of a warm turn");
        report.Paragraph(
            "Counted and timed with the service's host in the benchmark's process (its own composition root on Kestrel, "
            + "the table client wrapped by a counting pipeline policy that also times each request), one turn at a time "
            + "after 5 warm-up turns of each kind, over 50 turns of each kind: invokes in one conversation, each message in "
            + "a chat and tenant of its own after one uncounted turn there (so the chat and its person are stored and "
            + "cached, and no reply waits for Teams' limits). A transaction (the commitment and its owner copy) is one "
            + "POST $batch. The bare endpoint makes 1 read and 1 write.");
        var storage = new MarkdownTable(
            "Turn", "Table requests", "Reads", "Writes", "Turn p50 ms", "Mean time in table requests ms", "Each request (method table status)");
        foreach (var (kind, turn) in figures.CallsPerTurn)
        {
            var calls = turn.Calls;
            storage.Row(
                kind.ToString().ToLowerInvariant(),
                calls.Count.ToString(CultureInfo.InvariantCulture),
                calls.Count(c => !c.IsWrite).ToString(CultureInfo.InvariantCulture),
                calls.Count(c => c.IsWrite).ToString(CultureInfo.InvariantCulture),
                Format.Ms2(turn.Turn.P50),
                Format.Ms2(turn.MeanStorageMs),
                string.Join(", ", calls.Select(c => $"{c.Method} {c.Table} {c.Status}")));
        }

        report.Table(storage);

        report.Heading("Start-up");
        report.Paragraph(
            "Separate cold starts of `dotnet TeamsCadenceBot.dll` with a new table prefix each (so the first turn also "
            + "creates its tables, as on a new deployment): from starting the process to Kestrel accepting connections, "
            + "and to the first 200 on a `help` message (the first turn, including its reply through the connector).");
        var starts = new MarkdownTable("Start", "Listening ms", "First 200 ms");
        for (var i = 0; i < figures.Starts.Count; i++)
        {
            starts.Row(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                Format.Rate(figures.Starts[i].Listening.TotalMilliseconds),
                Format.Rate(figures.Starts[i].FirstAnswer.TotalMilliseconds));
        }

        starts.Row(
            "median",
            Format.Rate(Median(figures.Starts.Select(s => s.Listening.TotalMilliseconds))),
            Format.Rate(Median(figures.Starts.Select(s => s.FirstAnswer.TotalMilliseconds))));
        report.Table(starts);

        report.Heading("Memory");
        report.Paragraph(
            "The last started `bot` process: idle 5 s after its first turn, and again after all its measured turns. A full "
            + "blocking garbage collection is induced from outside through an EventPipe session (as dotnet-gcdump does); "
            + "the runtime's GC events of that session confirm it and give the managed heap after it. Working set is "
            + "VmRSS from /proc; private is RssAnon (without mapped files).");
        var memory = new MarkdownTable(
            "When", "Working set before GC MB", "Working set after GC MB", "Private after GC MB", "Managed heap after GC MB");
        foreach (var (when, figure) in new[] { ("idle after start-up", figures.Idle), ("after the measured turns", figures.AfterLoad) })
        {
            memory.Row(
                when,
                Format.Mb(figure.BeforeCollection.ResidentBytes),
                Format.Mb(figure.AfterCollection.ResidentBytes),
                Format.Mb(figure.AfterCollection.AnonymousBytes),
                figure.ManagedHeapBytes is { } heap ? Format.Mb(heap) : "no induced GC seen");
        }

        report.Table(memory);
    }

    private static Measurement Find(TurnsFigures figures, TurnKind kind, int conversations, string server) =>
        figures.Measurements.Single(m => m.Kind == kind && m.Conversations == conversations && m.Server == server);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
