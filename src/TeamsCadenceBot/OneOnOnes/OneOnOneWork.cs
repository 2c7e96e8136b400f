using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// The timed steps of one occurrence: prep prompt, the one reminder, the manager's brief, the agenda card and
/// the closing summary. Each id names the occurrence and the schedule version, so planning twice stores each
/// step once, and a step whose version is no longer the schedule's drops itself.
/// </summary>
internal static class OneOnOneWork
{
    public const string Prompt = "oneonone.prompt";
    public const string Reminder = "oneonone.reminder";
    public const string Brief = "oneonone.brief";
    public const string Agenda = "oneonone.agenda";
    public const string Close = "oneonone.close";
    public const string BriefRefresh = "oneonone.brief.refresh";

    public static IEnumerable<ScheduledWork> Plan(
        OneOnOneOccurrence occurrence,
        StepTimings timings,
        TimeZoneInfo repZone,
        DateTimeOffset now)
    {
        var start = occurrence.StartsAt;
        if (start <= now)
        {
            yield break;
        }

        // A prompt planned late (a schedule set less than a day ahead) goes out at once; after the start it is stale.
        var promptAt = OneOnOneCalendar.PromptAt(start, timings.PromptLead, repZone);
        yield return Step(occurrence, Prompt, promptAt > now ? promptAt : now) with { StaleAt = start };

        var reminderAt = start - timings.ReminderLead;
        if (reminderAt > now && reminderAt > promptAt)
        {
            yield return Step(occurrence, Reminder, reminderAt) with { StaleAt = start };
        }

        var briefAt = start - timings.BriefLead;
        yield return Step(occurrence, Brief, briefAt > now ? briefAt : now) with { StaleAt = occurrence.EndsAt };

        var agendaAt = start - timings.AgendaLead;
        yield return Step(occurrence, Agenda, agendaAt > now ? agendaAt : now) with { StaleAt = occurrence.EndsAt };

        yield return Step(occurrence, Close, occurrence.EndsAt + timings.CloseAfter);
    }

    /// <summary>
    /// Redraws the brief already sent, in the background: loading its pipeline sections may take longer than a card
    /// action's answer may wait. One step per revision of the occurrence, stale once the meeting is over.
    /// </summary>
    public static ScheduledWork Refresh(OneOnOneOccurrence occurrence, DateTimeOffset now) =>
        Step(occurrence, BriefRefresh, now) with
        {
            Id = $"{BriefRefresh}:{occurrence.Id}:r{occurrence.Revision.ToString(CultureInfo.InvariantCulture)}",
            StaleAt = occurrence.EndsAt,
        };

    public static StepPayload Read(ScheduledWork work) =>
        JsonSerializer.Deserialize<StepPayload>(work.Payload) ?? throw new InvalidOperationException("Empty 1:1 step payload.");

    private static ScheduledWork Step(OneOnOneOccurrence occurrence, string kind, DateTimeOffset at) =>
        new(
            occurrence.TenantId,
            $"{kind}:{occurrence.Id}:v{occurrence.ScheduleVersion.ToString(CultureInfo.InvariantCulture)}",
            kind,
            at,
            JsonSerializer.Serialize(
                new StepPayload(occurrence.ManagerId, occurrence.RepId, occurrence.StartsAt, occurrence.ScheduleVersion)));
}

/// <summary>Which occurrence a step is for and the schedule version it was planned under.</summary>
internal sealed record StepPayload(string ManagerId, string RepId, DateTimeOffset StartsAt, int ScheduleVersion)
{
    public string OccurrenceId => OneOnOneIds.Occurrence(ManagerId, RepId, StartsAt);
}
