using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// Finds 1:1s in a manager's calendar view: a series whose meetings have exactly two people, the manager and one of
/// their reps, recurring weekly or every other week on one weekday. Pure, so the rules are tested without Graph.
/// </summary>
internal static class OneOnOneDetector
{
    /// <summary>The series worth reading the master of: recurring meetings of exactly two people.</summary>
    public static IReadOnlyList<string> CandidateSeries(IReadOnlyList<CalendarEvent> view) =>
        [.. Meetings(view).Select(g => g.Key).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The proposals, at most one per rep (the series that meets soonest). <paramref name="managerAddresses"/> are the
    /// manager's mail and sign-in names in lower case; <paramref name="masters"/> the series masters by id.
    /// </summary>
    public static IReadOnlyList<ProposedOneOnOne> Detect(
        Person manager,
        IReadOnlySet<string> managerAddresses,
        IReadOnlyList<Person> reps,
        IReadOnlyList<CalendarEvent> view,
        IReadOnlyDictionary<string, CalendarEvent> masters)
    {
        var repsByAddress = RepsByAddress(reps);
        var proposals = new List<ProposedOneOnOne>();
        foreach (var series in Meetings(view))
        {
            var next = series.MinBy(e => e.Start)!;
            var others = next.Participants.Where(p => !managerAddresses.Contains(p)).ToList();
            if (others.Count != 1 || next.Participants.Count != 2
                || !repsByAddress.TryGetValue(others[0], out var rep)
                || !masters.TryGetValue(series.Key, out var master)
                || CadenceOf(master.Recurrence) is not { } cadence)
            {
                continue;
            }

            var zoneId = TimeZones.TryNormalize(master.OriginalStartTimeZone, out var organiserZone)
                ? organiserZone
                : manager.TimeZone;
            var zone = LocalClock.FindZone(zoneId) ?? TimeZoneInfo.Utc;
            var localStart = LocalClock.ToLocal(next.Start, zone);
            proposals.Add(new ProposedOneOnOne(
                manager.TenantId,
                manager.Id,
                rep.Id,
                rep.DisplayName,
                series.Key,
                localStart.DayOfWeek,
                TimeOnly.FromDateTime(localStart),
                zoneId,
                master.End - master.Start,
                cadence,
                next.Start));
        }

        return [.. proposals
            .GroupBy(p => p.RepId, StringComparer.Ordinal)
            .Select(g => g.MinBy(p => p.NextOccurrence)!)
            .OrderBy(p => p.NextOccurrence)];
    }

    private static IEnumerable<IGrouping<string, CalendarEvent>> Meetings(IReadOnlyList<CalendarEvent> view) =>
        view
            .Where(e => e.Kind is CalendarEventKind.Occurrence or CalendarEventKind.Exception
                && !e.IsCancelled
                && e.SeriesMasterId is not null
                && e.Participants.Count == 2)
            .GroupBy(e => e.SeriesMasterId!, StringComparer.Ordinal);

    private static OneOnOneCadence? CadenceOf(EventRecurrence? recurrence) => recurrence switch
    {
        null => null,
        _ when !recurrence.PatternType.Equals("weekly", StringComparison.OrdinalIgnoreCase)
            || recurrence.DaysOfWeek.Count != 1 => null,
        { Interval: 1 } => OneOnOneCadence.Weekly,
        { Interval: 2 } => OneOnOneCadence.Biweekly,
        _ => null,
    };

    // An address two reps share says nothing about which rep is meant, so it matches neither.
    private static Dictionary<string, Person> RepsByAddress(IReadOnlyList<Person> reps) =>
        reps
            .SelectMany(r => new[] { r.Email, r.UserPrincipalName }
                .OfType<string>()
                .Where(a => a.Length > 0)
                .Select(a => (Address: a.ToLowerInvariant(), Rep: r)))
            .DistinctBy(x => (x.Address, x.Rep.Id))
            .GroupBy(x => x.Address, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Rep, StringComparer.Ordinal);
}
