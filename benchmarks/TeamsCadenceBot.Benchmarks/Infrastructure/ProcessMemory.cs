using System.Globalization;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>A process's resident memory as Linux counts it (<c>/proc/&lt;pid&gt;/status</c>).</summary>
/// <param name="ResidentBytes">VmRSS: the working set.</param>
/// <param name="AnonymousBytes">RssAnon: the private part (heaps, stacks), without mapped files.</param>
internal sealed record ProcessMemory(long ResidentBytes, long AnonymousBytes)
{
    public static ProcessMemory Read(int processId)
    {
        long rss = 0, anonymous = 0;
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anonymous = Kilobytes(line);
            }
        }

        return new ProcessMemory(rss, anonymous);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
