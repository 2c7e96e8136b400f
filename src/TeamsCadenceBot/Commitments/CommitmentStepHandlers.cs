using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Commitments;

/// <summary>The day before: remind the owners of a pending item.</summary>
internal sealed class DayBeforeReminderHandler(CommitmentStore store, CommitmentNotifier notifier) : IScheduledWorkHandler
{
    public string Kind => CommitmentWork.DayBefore;

    public string? SubjectOf(ScheduledWork work) => CommitmentWork.SubjectOf(work);

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var step = CommitmentWork.ReadStep(work);
        if (await store.GetAsync(work.TenantId, step.CommitmentId, cancellationToken) is { IsPending: true } item
            && item.DueAt == step.PlannedDueAt)
        {
            await notifier.SendToOwnersAsync(item, work.Id, Kind, CommitmentCards.DayBefore, cancellationToken);
        }
    }
}

/// <summary>
/// The due time: a pending item becomes missed, its owners get the card with Done / New date / Blocked,
/// and the managers' digest of the day is planned.
/// </summary>
internal sealed class DueHandler(CommitmentService commitments, CommitmentNotifier notifier) : IScheduledWorkHandler
{
    public string Kind => CommitmentWork.Due;

    public string? SubjectOf(ScheduledWork work) => CommitmentWork.SubjectOf(work);

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var step = CommitmentWork.ReadStep(work);
        var item = await commitments.MarkMissedAsync(work.TenantId, step.CommitmentId, cancellationToken);

        // A redo after a crash finds the item already missed and sends the same (idempotent) messages.
        if (item is not { State: CommitmentState.Missed } || item.DueAt != step.PlannedDueAt)
        {
            return;
        }

        await notifier.SendToOwnersAsync(item, work.Id, Kind, CommitmentCards.DueNow, cancellationToken);
        await commitments.PlanDigestAsync(item, cancellationToken);
    }
}

/// <summary>Once missed: one reminder to the owners, if it is still missed.</summary>
internal sealed class MissedReminderHandler(CommitmentStore store, CommitmentNotifier notifier) : IScheduledWorkHandler
{
    public string Kind => CommitmentWork.MissedReminder;

    public string? SubjectOf(ScheduledWork work) => CommitmentWork.SubjectOf(work);

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var step = CommitmentWork.ReadStep(work);
        if (await store.GetAsync(work.TenantId, step.CommitmentId, cancellationToken) is { State: CommitmentState.Missed } item
            && item.DueAt == step.PlannedDueAt)
        {
            await notifier.SendToOwnersAsync(item, work.Id, Kind, CommitmentCards.Missed, cancellationToken);
        }
    }
}
