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
    /// The share of a person's commitments due in the last 90 days that were kept; null when nothing fell due, so
    /// that no rate is invented.
    /// </summary>
    /// <remarks>
    /// Kept means reported done no later than <paramref name="doneGrace"/> after the (last) due time. The due card
    /// asks "is it done?" at the due time itself, and the item is marked missed at that moment for the manager's
    /// digest and the next 1:1 agenda, as the product says; but an owner who finished on time answers that card
    /// when they next look at Teams, and a manager would not call that a broken promise. After the grace (or
    /// after the missed reminder, which tells the owner it was missed: the caller never passes a longer grace)
    /// a done item counts as done late, not kept. An item still inside its grace and not done is left out until
    /// the grace ends, so a brief read a minute after a due time does not count as missed what may yet be confirmed.
    /// </remarks>
    public static double? CompletionRate(IEnumerable<Commitment> ownedItems, DateTimeOffset now, TimeSpan doneGrace)
    {
        var due = ownedItems
            .Where(c => c.DueAt <= now && c.DueAt > now - CompletionWindow)
            .Where(c => c.State == CommitmentState.Done || c.DueAt + doneGrace <= now)
            .ToList();
        if (due.Count == 0)
        {
            return null;
        }

        var kept = due.Count(c => c.State == CommitmentState.Done && c.ClosedAt <= c.DueAt + doneGrace);
        return (double)kept / due.Count;
    }
}
