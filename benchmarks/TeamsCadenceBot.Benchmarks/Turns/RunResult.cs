using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>One closed-loop run: its latencies, the turns that failed, and how long it took end to end.</summary>
internal sealed record RunResult(Latencies Latencies, int Errors, TimeSpan Elapsed)
{
    public double Throughput => Latencies.Count / Elapsed.TotalSeconds;
}
