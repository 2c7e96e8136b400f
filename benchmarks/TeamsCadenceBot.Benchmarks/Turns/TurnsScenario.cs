using System.Diagnostics;
using System.Net;
using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// Issue 2's performance figures: latency and throughput of a <c>help</c> message and a <c>commitments.block</c>
/// card invoke through the service's real HTTP pipeline (its Release build, started as <c>dotnet
/// TeamsCadenceBot.dll</c> on Kestrel, on Azurite) at 1 and at many concurrent conversations, side by side with a
/// bare ASP.NET Core endpoint doing one read and one write; then the service's start-up time, idle memory and
/// the storage requests of one turn.
/// </summary>
internal sealed class TurnsScenario(BenchOptions options)
{
    // Start-up turns and the storage count use this tenant; each measured server has a tenant of its own.
    private const string TenantId = "5b7e1f1c-0d4e-4a57-9b8a-2f0c6a1d9e01";
    private const string Shipped = "bot";
    private const string Quiet = "bot, quiet logs";
    private const string Bare = "bare";

    private readonly int _rounds = options.Number("rounds", 3);
    private readonly int _soloTurns = options.Number("solo-requests", 300);
    private readonly int _perConversation = options.Number("per-conversation", 30);
    private readonly int _conversations = options.Number("conversations", 50);
    private readonly int _chats = options.Number("message-chats", 800);
    private readonly int _starts = options.Number("starts", 3);
    private readonly int _soloWarmUp = 40;
    private readonly int _manyWarmUp = 4;
    private readonly string _logs = Directory.CreateTempSubdirectory("cadence-bench-turns").FullName;

    public async Task RunAsync(Report report, CancellationToken cancellationToken)
    {
        var storage = options.Storage;
        await using var connector = await ConnectorStub.StartAsync(cancellationToken);
        using var driver = new LoadDriver(connector.ServiceUrl);
        var prefix = TablePrefixes.New("bt");

        // Start-up: separate cold starts; the last one's process is kept and measured idle, then loaded.
        var starts = new List<(TimeSpan Listening, TimeSpan FirstAnswer)>();
        ChildProcess? shipped = null;
        for (var i = 0; i < _starts; i++)
        {
            var last = i == _starts - 1;
            var process = StartService(last ? prefix : TablePrefixes.New("bs"), quietLogs: false, "start" + i);
            starts.Add(await FirstTurnAsync(process, driver, connector, cancellationToken));
            if (last)
            {
                shipped = process;
            }
            else
            {
                process.Dispose();
            }
        }

        using var shippedProcess = shipped!;
        Progress.Say("service started; measuring idle memory");
        await Task.Delay(TimeSpan.FromSeconds(5), TimeProvider.System, cancellationToken);
        var idle = await MemoryAsync(shippedProcess.Id, cancellationToken);

        using var quietProcess = StartService(prefix, quietLogs: true, "quiet");
        await FirstTurnAsync(quietProcess, driver, connector, cancellationToken);

        var bot = NewTarget(Shipped, shippedProcess.BaseAddress, isBot: true);
        var quiet = NewTarget(Quiet, quietProcess.BaseAddress, isBot: true);
        var owners = new[] { bot, quiet }.SelectMany(t => t.All.Select(c => (c, t.TenantId))).ToList();
        await CommitmentSeeder.SeedAsync(CommitmentSeeder.Tables(storage, prefix), owners, cancellationToken);

        // The bare endpoint answers with exactly what the service answered: capture both answers first.
        await WarmUpAsync(driver, bot, cancellationToken);
        var helpActivity = await CaptureHelpAsync(driver, connector, bot, cancellationToken);
        var invokeAnswer = await CaptureInvokeAsync(driver, bot, cancellationToken);
        await WarmUpAsync(driver, quiet, cancellationToken);
        using var bareProcess = await StartBareAsync(storage, prefix, helpActivity, invokeAnswer, cancellationToken);
        var bare = NewTarget(Bare, bareProcess.BaseAddress, isBot: false);
        await WarmUpAsync(driver, bare, cancellationToken);

        var results = await MeasureAsync(driver, connector, [bare, bot, quiet], cancellationToken);
        Progress.Say("measuring memory after the load");
        var loaded = await MemoryAsync(shippedProcess.Id, cancellationToken);

        Progress.Say("counting the storage requests of one turn");
        var calls = await TurnStorageCount.CountAsync(storage, TenantId, connector.ServiceUrl, cancellationToken);

        TurnsReport.Write(
            report,
            new TurnsFigures(
                results, starts, idle, loaded, calls, _rounds, _soloTurns, _perConversation, _conversations, _chats),
            invokeAnswer.Length,
            helpActivity.Length);
    }

    private ChildProcess StartService(string prefix, bool quietLogs, string name)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = "",
            ["Storage__ConnectionString"] = options.Storage,
            ["Storage__TablePrefix"] = prefix,
            ["Bot__Authentication__AllowUnauthenticatedLocalRequests"] = "true",
            ["Bot__Credentials__Kind"] = "None",
        };
        if (quietLogs)
        {
            environment["Logging__LogLevel__Default"] = "Warning";
            environment["Logging__LogLevel__TeamsCadenceBot.Teams.Authentication.InboundRequestAuthenticator"] = "Error";
        }

        var port = LoopbackServer.FreePort();
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        return ChildProcess.Start(RepositoryPaths.ServiceDll, [], environment, port, Path.Combine(_logs, name + ".log"));
    }

    // Process start to listening, and to the first 200 on a help message (tables created, first turn handled).
    private static async Task<(TimeSpan Listening, TimeSpan FirstAnswer)> FirstTurnAsync(
        ChildProcess process,
        LoadDriver driver,
        ConnectorStub connector,
        CancellationToken cancellationToken)
    {
        var listening = await process.WaitForListeningAsync(TimeSpan.FromSeconds(60), cancellationToken);
        var first = new Conversation("first", process.Port, Guid.NewGuid().ToString("N"));
        var uri = new Uri(process.BaseAddress, "api/messages");
        var (status, _) = await driver.SendOnceAsync(uri, TurnActivities.Help(first, TenantId, connector.ServiceUrl), cancellationToken);
        var answered = Stopwatch.GetElapsedTime(process.StartedAt);
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The service answered its first turn with {status}:\n{process.Tail()}");
        }

        Progress.Say($"service listening after {listening.TotalMilliseconds:F0} ms, first 200 after {answered.TotalMilliseconds:F0} ms");
        return (listening, answered);
    }

    private static async Task<IdleMemory> MemoryAsync(int processId, CancellationToken cancellationToken)
    {
        var before = ProcessMemory.Read(processId);
        var heap = await InducedCollection.CollectAsync(processId, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, cancellationToken);
        return new IdleMemory(before, ProcessMemory.Read(processId), heap);
    }

    private Target NewTarget(string name, Uri baseAddress, bool isBot)
    {
        var label = name.Replace(", ", "-", StringComparison.Ordinal).Replace(' ', '-');
        var run = Guid.NewGuid().ToString("N")[..8];
        return new Target(
            name,
            Guid.NewGuid().ToString(),
            new Uri(baseAddress, isBot ? "api/messages" : "bare/message"),
            new Uri(baseAddress, isBot ? "api/messages" : "bare/invoke"),
            isBot,
            new Conversation(label + "-solo", 0, run),
            [.. Enumerable.Range(1, _conversations).Select(i => new Conversation(label, i, run))],
            [.. Enumerable.Range(1, _chats)
                .Select(i => new Conversation(label + "-chat", i, run, Guid.NewGuid().ToString()))]);
    }

    // Every conversation's first turn stores it and its person; then enough turns for the JIT and the pools.
    private async Task WarmUpAsync(LoadDriver driver, Target target, CancellationToken cancellationToken)
    {
        Progress.Say($"warming up {target.Name}");
        var everyone = target.All.ToList();
        await Expect(
            driver.RunAsync(target, TurnKind.Message, everyone, 1, null, cancellationToken),
            target,
            "first messages");
        await Expect(
            driver.RunAsync(
                target, TurnKind.Message, target.Many, _chats / target.Many.Count + 1, target.Chats, cancellationToken),
            target,
            "first messages in the rotated chats");
        await Expect(
            driver.RunAsync(target, TurnKind.Message, [target.Solo], _soloWarmUp, target.Chats, cancellationToken),
            target,
            "solo messages");
        await Expect(
            driver.RunAsync(target, TurnKind.Invoke, [target.Solo], _soloWarmUp, null, cancellationToken),
            target,
            "solo invokes");
        await Expect(
            driver.RunAsync(target, TurnKind.Message, target.Many, _manyWarmUp, target.Chats, cancellationToken),
            target,
            "messages");
        await Expect(
            driver.RunAsync(target, TurnKind.Invoke, target.Many, _manyWarmUp, null, cancellationToken),
            target,
            "invokes");
    }

    private static async Task Expect(Task<RunResult> run, Target target, string what)
    {
        var result = await run;
        if (result.Errors > 0)
        {
            throw new InvalidOperationException($"{target.Name}: {result.Errors} of the warm-up {what} failed.");
        }
    }

    private static async Task<byte[]> CaptureHelpAsync(LoadDriver driver, ConnectorStub connector, Target bot, CancellationToken cancellationToken)
    {
        var before = connector.Sent;
        var (status, _) = await driver.SendOnceAsync(bot.MessageUri, TurnActivities.Help(bot.Solo, bot.TenantId, connector.ServiceUrl), cancellationToken);
        if (status != HttpStatusCode.OK || connector.Sent != before + 1)
        {
            throw new InvalidOperationException("The service's help turn did not send exactly one reply through the connector.");
        }

        return connector.LastBody;
    }

    private static async Task<byte[]> CaptureInvokeAsync(LoadDriver driver, Target bot, CancellationToken cancellationToken)
    {
        var payload = TurnActivities.Block(bot.Solo, bot.TenantId, new Uri("http://127.0.0.1/"), bot.Solo.CommitmentId!, bot.Solo.NextReason());
        var (status, body) = await driver.SendOnceAsync(bot.InvokeUri, payload, cancellationToken);
        return status == HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException($"The service answered a commitments.block invoke with {status}.");
    }

    private async Task<ChildProcess> StartBareAsync(
        string storage,
        string prefix,
        byte[] helpActivity,
        byte[] invokeAnswer,
        CancellationToken cancellationToken)
    {
        var helpPath = Path.Combine(_logs, "help-activity.json");
        var invokePath = Path.Combine(_logs, "invoke-answer.json");
        await File.WriteAllBytesAsync(helpPath, helpActivity, cancellationToken);
        await File.WriteAllBytesAsync(invokePath, invokeAnswer, cancellationToken);
        var port = LoopbackServer.FreePort();
        var process = ChildProcess.Start(
            RepositoryPaths.BenchmarkDll,
            [BareServer.Command, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--prefix", prefix,
                "--storage", storage, "--help-activity", helpPath, "--invoke-answer", invokePath],
            new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" },
            port,
            Path.Combine(_logs, "bare.log"));
        await process.WaitForListeningAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return process;
    }

    // Rounds alternate the order of the servers, so that a burst of load from other engineers hits each alike.
    private async Task<List<Measurement>> MeasureAsync(
        LoadDriver driver,
        ConnectorStub connector,
        IReadOnlyList<Target> targets,
        CancellationToken cancellationToken)
    {
        var measurements = new List<Measurement>();
        foreach (var concurrent in new[] { 1, _conversations })
        {
            foreach (var kind in new[] { TurnKind.Message, TurnKind.Invoke })
            {
                var byTarget = targets.ToDictionary(t => t.Name, t => new Measurement(t.Name, kind, concurrent));
                for (var round = 0; round < _rounds; round++)
                {
                    var order = round % 2 == 0 ? targets : targets.Reverse();
                    foreach (var target in order)
                    {
                        var conversations = concurrent == 1 ? [target.Solo] : target.Many;
                        var turns = concurrent == 1 ? _soloTurns : _perConversation;
                        var sentBefore = connector.Sent;
                        var rotation = kind == TurnKind.Message ? target.Chats : null;
                        var result = await driver.RunAsync(
                            target, kind, conversations, turns, rotation, cancellationToken);
                        var replies = connector.Sent - sentBefore;
                        var missingReplies = kind == TurnKind.Message ? Math.Max(0, result.Latencies.Count - replies) : 0;
                        byTarget[target.Name].Add(result, (int)missingReplies);
                        Progress.Say(
                            $"{kind} x{concurrent} round {round + 1} {target.Name}: {result.Throughput:F0}/s, "
                            + $"p50 {result.Latencies.Summarize().P50:F1} ms, p99 {result.Latencies.Summarize().P99:F1} ms, "
                            + $"{result.Errors} errors");
                    }
                }

                measurements.AddRange(byTarget.Values);
            }
        }

        return measurements;
    }
}
