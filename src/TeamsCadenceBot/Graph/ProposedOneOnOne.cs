namespace TeamsCadenceBot.Graph;

/// <summary>
/// A recurring 1:1 found in a manager's calendar, for the manager to confirm as the 1:1 schedule with a rep.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="ManagerId">The manager's Entra object id (whose calendar it is in).</param>
/// <param name="RepId">The rep's Entra object id.</param>
/// <param name="RepName">The rep's name, to show.</param>
/// <param name="SeriesId">The calendar series (its master event's id); one proposal per series.</param>
/// <param name="Day">The weekday it falls on, in <paramref name="TimeZone"/>.</param>
/// <param name="LocalTime">When it starts, in <paramref name="TimeZone"/>.</param>
/// <param name="TimeZone">The IANA zone the meeting was planned in (the organiser's), else the manager's.</param>
/// <param name="Length">How long it lasts.</param>
/// <param name="Cadence">Every week or every other week.</param>
/// <param name="NextOccurrence">The next meeting of the series found in the calendar.</param>
public sealed record ProposedOneOnOne(
    string TenantId,
    string ManagerId,
    string RepId,
    string RepName,
    string SeriesId,
    DayOfWeek Day,
    TimeOnly LocalTime,
    string TimeZone,
    TimeSpan Length,
    OneOnOneCadence Cadence,
    DateTimeOffset NextOccurrence);

/// <summary>How often a 1:1 recurs.</summary>
public enum OneOnOneCadence
{
    Weekly,
    Biweekly,
}
