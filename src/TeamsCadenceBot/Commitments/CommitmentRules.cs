namespace TeamsCadenceBot.Commitments;

/// <summary>The state changes of a commitment and the completion rate; pure functions.</summary>
internal static class CommitmentRules
{
    /// <summary>The window of the completion rate in the manager's brief.</summary>
    public static readonly TimeSpan CompletionWindow = TimeSpan.FromDays(90);

    public static CommitmentChange Complete(Commitment item, DateTimeOffset now) =>
        item.State == CommitmentState.Done
            ? CommitmentChange.Refused("This commitment is already done.")
            : CommitmentChange.Accepted(item with { State = CommitmentState.Done, ClosedAt = now, BlockedReason = null });

    public static CommitmentChange Reschedule(Commitment item, DateTimeOffset newDueAt, DateTimeOffset now)
    {
        if (item.State == CommitmentState.Done)
        {
            return CommitmentChange.Refused("This commitment is already done.");
        }

        if (newDueAt <= now)
        {
            return CommitmentChange.Refused("The new date is in the past. Pick a date and time from now on.");
        }

        return CommitmentChange.Accepted(item with
        {
            State = CommitmentState.Rescheduled,
            DueAt = newDueAt,
            RescheduleCount = item.RescheduleCount + 1,
            BlockedReason = null,
            ClosedAt = null,
        });
    }

    public static CommitmentChange Block(Commitment item, string? reason)
    {
        if (item.State == CommitmentState.Done)
        {
            return CommitmentChange.Refused("This commitment is already done.");
        }

        return string.IsNullOrWhiteSpace(reason)
            ? CommitmentChange.Refused("Say what blocks it, so your manager can help.")
            : CommitmentChange.Accepted(item with { State = CommitmentState.Blocked, BlockedReason = reason.Trim() });
    }

    /// <summary>Marks a pending item missed once its due time has come; otherwise returns null.</summary>
    public static Commitment? MissedAt(Commitment item, DateTimeOffset now) =>
        item.IsPending && now >= item.DueAt
            ? item with { State = CommitmentState.Missed, ClosedAt = now }
            : null;

    /// <summary>
    /// The share of a person's commitments due in the last 90 days that were done by their (last) due
    /// time; null when nothing fell due, so that no rate is invented.
    /// </summary>
    public static double? CompletionRate(IEnumerable<Commitment> ownedItems, DateTimeOffset now)
    {
        var due = ownedItems.Where(c => c.DueAt <= now && c.DueAt > now - CompletionWindow).ToList();
        if (due.Count == 0)
        {
            return null;
        }

        var kept = due.Count(c => c.State == CommitmentState.Done && c.ClosedAt <= c.DueAt);
        return (double)kept / due.Count;
    }
}
