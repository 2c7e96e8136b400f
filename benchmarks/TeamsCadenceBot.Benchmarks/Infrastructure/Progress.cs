using System.Diagnostics;
using System.Globalization;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>Progress lines on stderr, so that stdout holds only the report.</summary>
internal static class Progress
{
    private static readonly long Started = Stopwatch.GetTimestamp();

    public static void Say(string message) =>
        Console.Error.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"[{Stopwatch.GetElapsedTime(Started).TotalSeconds,7:F1}s] {message}"));
}
