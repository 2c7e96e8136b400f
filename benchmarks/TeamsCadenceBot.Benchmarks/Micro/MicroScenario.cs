using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet where it fits: single operations without I/O, repeated in isolation. In-process (no separate
/// build per run, which would take minutes on 2 shared cores) and a short job: a few iterations, honest error bars.
/// </summary>
internal static class MicroScenario
{
    public static async Task RunAsync(Report report, CancellationToken cancellationToken)
    {
        var artifacts = Directory.CreateTempSubdirectory("cadence-bench-micro").FullName;
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(new StandardErrorLogger())
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);

        var summary = await Task.Run(() => BenchmarkRunner.Run<TurnCpuBenchmarks>(config), cancellationToken);
        var table = new AccumulationLogger();
        MarkdownExporter.GitHub.ExportToLog(summary, table);

        report.Heading("How it was measured");
        report.Paragraph(
            "BenchmarkDotNet 0.15.8, in-process emit toolchain, ShortRun job (1 launch, 3 warm-up and 3 measured "
            + "iterations), memory diagnoser. The operations are the service's own code on the payloads of the turns "
            + "scenario: what one turn or one send costs in CPU besides its storage and network calls.");
        report.Heading("Results");
        report.Raw(table.GetLog());
    }
}
