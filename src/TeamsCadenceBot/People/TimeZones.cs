using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace TeamsCadenceBot.People;

/// <summary>Turns what a person or a client says into an IANA time zone name, or refuses it.</summary>
public static partial class TimeZones
{
    /// <summary>An example to name in messages.</summary>
    public const string Example = "Europe/Berlin";

    private static readonly Lazy<Dictionary<string, string>> IanaIgnoringCase = new(LoadIanaIds);

    /// <summary>
    /// True when <paramref name="name"/> is an IANA zone (any letter case) or a Windows zone name;
    /// <paramref name="ianaId"/> is then its IANA name.
    /// </summary>
    public static bool TryNormalize(string? name, [NotNullWhen(true)] out string? ianaId)
    {
        ianaId = null;
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !ZoneName().IsMatch(trimmed) || trimmed.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        // IANA first: some names (UTC) are both, and the person's spelling of an IANA name is kept.
        if (TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out var zone) && IanaOf(zone) is { } exact)
        {
            ianaId = exact;
            return true;
        }

        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(trimmed, out var fromWindows))
        {
            ianaId = fromWindows;
            return true;
        }

        return IanaIgnoringCase.Value.TryGetValue(trimmed, out ianaId);
    }

    /// <summary>The zone's offset from UTC at <paramref name="instant"/>, written like <c>UTC+01:00</c>.</summary>
    public static string DescribeOffset(string ianaId, DateTimeOffset instant)
    {
        var offset = TimeZoneInfo.FindSystemTimeZoneById(ianaId).GetUtcOffset(instant);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"UTC{sign}{offset.Duration():hh\\:mm}";
    }

    private static string? IanaOf(TimeZoneInfo zone)
    {
        if (zone.HasIanaId)
        {
            return zone.Id;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
    }

    private static Dictionary<string, string> LoadIanaIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            if (IanaOf(zone) is { } iana)
            {
                ids.TryAdd(iana, iana);
            }
        }

        return ids;
    }

    // IANA names such as America/Port-au-Prince or Etc/GMT+5 and Windows names such as
    // W. Europe Standard Time; anything else (paths, markup) never reaches the zone database.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+\-/. ]{0,63}$")]
    private static partial Regex ZoneName();
}
