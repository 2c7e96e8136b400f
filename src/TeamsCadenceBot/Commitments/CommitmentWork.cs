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

    /// <summary>
    /// The digest for a manager on their local date, covering what was missed from <paramref name="since"/> (the
    /// previous digest's time) up to, not including, <paramref name="at"/>; one per manager per day by its id.
    /// </summary>
    public static ScheduledWork DigestFor(
        string tenantId,
        string managerId,
        DateOnly localDate,
        DateTimeOffset since,
        DateTimeOffset at) =>
        new(
            tenantId,
            $"digest:{managerId}:{localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            Digest,
            at,
            JsonSerializer.Serialize(new DigestPayload(managerId, at, since)));

    /// <summary>
    /// The manager's digest that lists an item missed at <paramref name="missedAt"/>: the first one strictly after
    /// it. Each digest covers [the previous day's set time, its own set time), both in the manager's zone, so the
    /// digests tile time with no gap and no overlap, whatever the length of the local day (23 or 25 hours when the
    /// clocks change), and an item missed exactly at the set time is in the next day's digest.
    /// </summary>
    public static DigestWindow DigestCovering(DateTimeOffset missedAt, TimeZoneInfo managerZone, TimeSpan localTime)
    {
        var time = TimeOnly.FromTimeSpan(localTime);
        var today = LocalClock.Today(missedAt, managerZone);
        var date = LocalClock.ToInstant(today, time, managerZone) > missedAt ? today : today.AddDays(1);
        return new DigestWindow(
            date,
            LocalClock.ToInstant(date.AddDays(-1), time, managerZone),
            LocalClock.ToInstant(date, time, managerZone));
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

/// <summary>
/// Whose digest, planned for when, and from when it covers (null in digests planned before the window was stored:
/// they cover the 24 hours before <paramref name="At"/>).
/// </summary>
internal sealed record DigestPayload(string ManagerId, DateTimeOffset At, DateTimeOffset? Since = null);
