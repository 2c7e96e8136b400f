using System.Globalization;

namespace TeamsCadenceBot.Scheduling;

/// <summary>Shows instants in a person's own time zone, the same way on every card.</summary>
internal static class LocalFormat
{
    /// <summary>Such as "Thu 10 Dec, 17:00".</summary>
    public static string DayAndTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        LocalClock.ToLocal(instant, zone).ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Such as "Thu 10 Dec".</summary>
    public static string Day(DateTimeOffset instant, TimeZoneInfo zone) =>
        LocalClock.ToLocal(instant, zone).ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>The value an Input.Date expects, such as "2026-12-10".</summary>
    public static string InputDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        LocalClock.ToLocal(instant, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The value an Input.Time expects, such as "17:00".</summary>
    public static string InputTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        LocalClock.ToLocal(instant, zone).ToString("HH:mm", CultureInfo.InvariantCulture);
}
