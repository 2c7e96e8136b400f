using System.Globalization;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>Numbers as the reports show them, with the invariant culture.</summary>
internal static class Format
{
    public static string Ms(double milliseconds) => milliseconds.ToString("F1", CultureInfo.InvariantCulture);

    public static string Ms2(double milliseconds) => milliseconds.ToString("F2", CultureInfo.InvariantCulture);

    public static string Rate(double perSecond) => perSecond.ToString("F0", CultureInfo.InvariantCulture);

    public static string Rate1(double perSecond) => perSecond.ToString("F1", CultureInfo.InvariantCulture);

    public static string Ratio(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("F1", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);

    public static string Met(bool met) => met ? "met" : "**not met**";
}
