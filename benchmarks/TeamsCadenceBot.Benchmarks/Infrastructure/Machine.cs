using System.Globalization;
using System.Runtime.InteropServices;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>What the machine was doing when a scenario started or ended: the figures depend on it.</summary>
internal sealed record Machine(DateTimeOffset At, string LoadAverage, int Cores, string System, string Runtime)
{
    public static Machine Describe() =>
        new(
            TimeProvider.System.GetUtcNow(),
            ReadLoadAverage(),
            Environment.ProcessorCount,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription);

    // The first three fields of /proc/loadavg are what uptime prints as the 1, 5 and 15 minute load.
    private static string ReadLoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(" / ", fields.Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public string Stamp => At.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
