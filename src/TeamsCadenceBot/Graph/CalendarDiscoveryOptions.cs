using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Graph;

/// <summary><c>Graph:CalendarDiscovery</c>: recurring 1:1s found in managers' calendars (Calendars.Read).</summary>
internal sealed class CalendarDiscoveryOptions
{
    public bool Enabled { get; set; }

    /// <summary>
    /// How far ahead the calendar is read; two weeks holds at least one meeting of a biweekly series.
    /// </summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "62.00:00:00")]
    public TimeSpan LookAhead { get; set; } = TimeSpan.FromDays(14);
}
