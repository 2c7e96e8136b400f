using System.Diagnostics;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>
/// Every latency of a run, kept whole (a run holds a few thousand): percentiles are exact by nearest rank,
/// with no histogram bucketing to argue about.
/// </summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(long startTimestamp, long endTimestamp) =>
        _milliseconds.Add(Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMilliseconds);

    public void AddRange(Latencies other) => _milliseconds.AddRange(other._milliseconds);

    public LatencySummary Summarize()
    {
        if (_milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        var sorted = _milliseconds.Order().ToArray();
        return new LatencySummary(
            sorted.Length,
            sorted.Average(),
            Rank(sorted, 0.50),
            Rank(sorted, 0.95),
            Rank(sorted, 0.99),
            sorted[^1]);
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}

internal sealed record LatencySummary(int Count, double Mean, double P50, double P95, double P99, double Max);
