using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// The timed steps of a commitment: the reminder the day before, the due card (which also marks it
/// missed if still open), and one reminder once missed. Each step carries the due time it was planned
/// for, so a step planned before a reschedule finds the new date and drops itself.
/// </summary>
internal static class CommitmentWork
{
    public const string DayBefore = "commitment.daybefore";
    public const string Due = "commitment.due";
    public const string MissedReminder = "commitment.missed";
    public const string Digest = "commitment.digest";

    public static IEnumerable<ScheduledWork> Plan(Commitment item, DateTimeOffset now, TimeSpan missedReminderAfter)
    {
        var dayBefore = item.DueAt.AddDays(-1);
        if (dayBefore > now)
        {
            yield return Step(item, DayBefore, dayBefore) with { StaleAt = item.DueAt };
        }

        yield return Step(item, Due, item.DueAt);
        yield return Step(item, MissedReminder, item.DueAt + missedReminderAfter);
    }

    /// <summary>The digest for a manager on their local date; one per manager per day by its id.</summary>
    public static ScheduledWork DigestFor(string tenantId, string managerId, DateOnly localDate, DateTimeOffset at) =>
        new(
            tenantId,
            $"digest:{managerId}:{localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            Digest,
            at,
            JsonSerializer.Serialize(new DigestPayload(managerId, at)));

    /// <summary>When the manager's next digest goes out: today at the set time, or tomorrow if that passed.</summary>
    public static (DateOnly LocalDate, DateTimeOffset At) NextDigest(DateTimeOffset now, TimeZoneInfo managerZone, TimeSpan localTime)
    {
        var today = LocalClock.Today(now, managerZone);
        var at = LocalClock.ToInstant(today, TimeOnly.FromTimeSpan(localTime), managerZone);
        return at > now ? (today, at) : (today.AddDays(1), LocalClock.ToInstant(today.AddDays(1), TimeOnly.FromTimeSpan(localTime), managerZone));
    }

    /// <summary>The commitment a step is for: its steps run in order, other commitments' beside them.</summary>
    public static string SubjectOf(ScheduledWork work) => "commitment:" + ReadStep(work).CommitmentId;

    public static StepPayload ReadStep(ScheduledWork work) =>
        JsonSerializer.Deserialize<StepPayload>(work.Payload) ?? throw new InvalidOperationException("Empty step payload.");

    public static DigestPayload ReadDigest(ScheduledWork work) =>
        JsonSerializer.Deserialize<DigestPayload>(work.Payload) ?? throw new InvalidOperationException("Empty digest payload.");

    private static ScheduledWork Step(Commitment item, string kind, DateTimeOffset at) =>
        new(
            item.TenantId,
            $"{kind}:{item.Id}:{item.DueAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}",
            kind,
            at,
            JsonSerializer.Serialize(new StepPayload(item.Id, item.DueAt)));
}

/// <summary>Which commitment a step is for, and the due time it was planned against.</summary>
internal sealed record StepPayload(string CommitmentId, DateTimeOffset PlannedDueAt);

/// <summary>Whose digest, planned for when.</summary>
internal sealed record DigestPayload(string ManagerId, DateTimeOffset At);
