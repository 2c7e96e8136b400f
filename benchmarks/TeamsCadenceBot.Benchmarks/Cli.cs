using TeamsCadenceBot.Benchmarks.Emulator;
using TeamsCadenceBot.Benchmarks.Fanout;
using TeamsCadenceBot.Benchmarks.Import;
using TeamsCadenceBot.Benchmarks.Infrastructure;
using TeamsCadenceBot.Benchmarks.Micro;
using TeamsCadenceBot.Benchmarks.Review;
using TeamsCadenceBot.Benchmarks.Sweep;
using TeamsCadenceBot.Benchmarks.Turns;

namespace TeamsCadenceBot.Benchmarks;

/// <summary>
/// Runs one scenario (or all of them), prints its report as Markdown on stdout and, with
/// <c>--results-dir</c>, writes it to <c>&lt;dir&gt;/&lt;scenario&gt;.md</c>. Progress goes to stderr.
/// </summary>
internal static class Cli
{
    private static readonly string[] Ordered = ["turns", "fanout", "sweep", "micro", "azurite", "import", "review"];

    // Not a top-level program: that would be a second global Program beside the service's.
    public static Task<int> Main(string[] args) => RunAsync(args);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args.AsSpan(1));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (args[0] == BareServer.Command)
        {
            await BareServer.RunAsync(options);
            return 0;
        }

        var scenarios = args[0] == "all" ? Ordered : [args[0]];
        if (scenarios.Any(s => !Ordered.Contains(s)))
        {
            Console.Error.WriteLine($"Unknown scenario '{args[0]}'.");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        var failed = false;
        foreach (var name in scenarios)
        {
            Progress.Say($"== {name}");
            var report = new Report(name, Machine.Describe());
            try
            {
                await RunScenarioAsync(name, options, report, stop.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                report.Failed(e);
                failed = true;
            }

            report.Finish(Machine.Describe());
            var markdown = report.ToMarkdown();
            Console.Out.Write(markdown);
            await Console.Out.FlushAsync(stop.Token);
            if (options.ResultsDirectory is { } directory)
            {
                Directory.CreateDirectory(directory);
                await File.WriteAllTextAsync(Path.Combine(directory, name + ".md"), markdown, stop.Token);
            }
        }

        return failed ? 1 : 0;
    }

    private static Task RunScenarioAsync(string name, BenchOptions options, Report report, CancellationToken cancellationToken) =>
        name switch
        {
            "turns" => new TurnsScenario(options).RunAsync(report, cancellationToken),
            "fanout" => new FanoutScenario(options).RunAsync(report, cancellationToken),
            "sweep" => new SweepScenario(options).RunAsync(report, cancellationToken),
            "micro" => MicroScenario.RunAsync(report, cancellationToken),
            "azurite" => new AzuriteScenario(options).RunAsync(report, cancellationToken),
            "import" => new ImportScenario(options).RunAsync(report, cancellationToken),
            "review" => new ReviewScenario(options).RunAsync(report, cancellationToken),
            _ => throw new ArgumentException($"Unknown scenario '{name}'.", nameof(name)),
        };

    private const string Usage = """
        usage: dotnet run -c Release --project benchmarks/TeamsCadenceBot.Benchmarks -- <scenario> [options]
          scenarios: turns | fanout | sweep | micro | azurite | import | review | all
          --storage <connection string>   Azurite (default: env CADENCE_BENCH_STORAGE, CADENCE_TEST_STORAGE,
                                          else UseDevelopmentStorage=true)
          --results-dir <dir>             also write <dir>/<scenario>.md
          turns:  --rounds N (3) --solo-requests N (300) --per-conversation N (30) --conversations N (50)
                  --starts N (3)
          fanout: --people N (2000) --messages-per-person N (5) --timeout-minutes N (15)
                  --enqueue-rate N (0: queue all before sending; else N a second while sending)
          sweep:  --commitments N (100000) --due N (100) --plan next|full (next)
          import: --rows N (100000)
          review: --rounds N (30) --reps N (10) --open-per-rep N (200)
        """;
}
