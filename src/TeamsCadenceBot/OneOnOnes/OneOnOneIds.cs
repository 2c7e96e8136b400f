using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// The ids of pairs (<c>{manager}:{rep}</c>) and of occurrences (<c>{manager}:{rep}@{start, UTC}</c>). The
/// occurrence id is also the origin reference of the commitments made in it, so a pair's items share a prefix.
/// </summary>
internal static class OneOnOneIds
{
    private const string StartFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static string Pair(string managerId, string repId) => managerId + ":" + repId;

    public static string Occurrence(string managerId, string repId, DateTimeOffset startsAt) =>
        Pair(managerId, repId) + "@" + startsAt.UtcDateTime.ToString(StartFormat, CultureInfo.InvariantCulture);

    /// <summary>The prefix every occurrence id of the pair starts with.</summary>
    public static string OccurrencePrefix(string managerId, string repId) => Pair(managerId, repId) + "@";

    public static bool TryParseOccurrence(
        string? id,
        [NotNullWhen(true)] out string? managerId,
        [NotNullWhen(true)] out string? repId,
        out DateTimeOffset startsAt)
    {
        managerId = null;
        repId = null;
        startsAt = default;
        var at = id?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        var colon = id?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (id is null || colon <= 0 || at <= colon + 1
            || !DateTime.TryParseExact(
                id[(at + 1)..],
                StartFormat,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
                out var start))
        {
            return false;
        }

        managerId = id[..colon];
        repId = id[(colon + 1)..at];
        startsAt = new DateTimeOffset(start, TimeSpan.Zero);
        return true;
    }
}
