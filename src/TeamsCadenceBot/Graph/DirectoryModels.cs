using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Graph;

/// <summary>A user as the directory lists them.</summary>
internal sealed record DirectoryUser(string Id, string? DisplayName, string? Mail, string? UserPrincipalName)
{
    /// <summary>What the directory tells about the person, for the people store.</summary>
    public PersonSighting ToSighting() => new(Id, DisplayName, Email: Mail, UserPrincipalName: UserPrincipalName);

    /// <summary>The addresses a calendar may name the person by, lower case.</summary>
    public IEnumerable<string> Addresses() =>
        new[] { Mail, UserPrincipalName }.OfType<string>().Where(a => a.Length > 0).Select(a => a.ToLowerInvariant());
}

/// <summary>One event of a calendar view, or a series master read by id.</summary>
/// <param name="Id">The event id.</param>
/// <param name="SeriesMasterId">For an occurrence or exception, its series master.</param>
/// <param name="Kind">singleInstance, occurrence, exception or seriesMaster.</param>
/// <param name="IsCancelled">True for a cancelled occurrence.</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="OriginalStartTimeZone">The zone the organiser planned it in, as Outlook names it.</param>
/// <param name="Participants">The organiser and the attendees that are people (rooms and equipment left out).</param>
/// <param name="Recurrence">The pattern, present on a series master only.</param>
internal sealed record CalendarEvent(
    string Id,
    string? SeriesMasterId,
    CalendarEventKind Kind,
    bool IsCancelled,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? OriginalStartTimeZone,
    IReadOnlyList<string> Participants,
    EventRecurrence? Recurrence);

internal enum CalendarEventKind
{
    SingleInstance,
    Occurrence,
    Exception,
    SeriesMaster,
}

/// <summary>A recurrence pattern: its type (daily, weekly, ...), interval and weekdays.</summary>
internal sealed record EventRecurrence(string PatternType, int Interval, IReadOnlyList<DayOfWeek> DaysOfWeek);

/// <summary>What installing the app for a user did.</summary>
internal enum AppInstallResult
{
    Installed,
    AlreadyInstalled,
}
