namespace TeamsCadenceBot.Scheduling;

/// <summary>
/// Turns a person's wall-clock time into an instant, through daylight-saving changes: a time that
/// does not exist (clocks jump forward) moves forward by the gap, and a time that occurs twice
/// (clocks go back) is the first occurrence.
/// </summary>
internal static class LocalClock
{
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var adjustment = zone.GetAdjustmentRules()
                .FirstOrDefault(r => r.DateStart <= local && r.DateEnd >= local)?.DaylightDelta ?? TimeSpan.FromHours(1);
            local = local.Add(adjustment);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The person's local date and time at <paramref name="instant"/>.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>The person's local date at <paramref name="instant"/>.</summary>
    public static DateOnly Today(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(ToLocal(instant, zone));

    /// <summary>Finds a zone by IANA or Windows id; null when unknown.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
    }
}
