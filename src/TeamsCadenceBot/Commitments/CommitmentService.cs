using Azure;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// Creates and changes commitments: checks who may act, saves under the ETag, and plans the timed
/// follow-up. Cards, commands, 1:1s and reviews all come through here.
/// </summary>
internal sealed class CommitmentService(
    CommitmentStore store,
    WorkSchedule schedule,
    IPeopleStore people,
    IOptions<CommitmentOptions> options,
    TimeProvider clock)
{
    public const string NotYours = "Only the owners of this commitment and their managers can change it.";

    public Task<Commitment> CreateAsync(
        string tenantId,
        CommitmentDraft draft,
        IReadOnlyList<string> ownerIds,
        string createdBy,
        CommitmentOrigin origin,
        CancellationToken cancellationToken) =>
        CreateAsync(tenantId, draft, ownerIds, createdBy, origin, requestId: null, cancellationToken);

    /// <summary>
    /// Records a commitment and plans its follow-up. With <paramref name="requestId"/> (the id of the activity that
    /// asked) the commitment's id is derived from it and the text, so a retried delivery of that activity finds the
    /// commitment the first one stored and returns it rather than making a second.
    /// </summary>
    /// <remarks>
    /// The follow-up is planned before the commitment is stored: a failure in between leaves steps whose
    /// commitment does not exist, which their handlers drop, and never a commitment without reminders; the retry
    /// plans the same steps (stored once) and stores the commitment.
    /// </remarks>
    public async Task<Commitment> CreateAsync(
        string tenantId,
        CommitmentDraft draft,
        IReadOnlyList<string> ownerIds,
        string createdBy,
        CommitmentOrigin origin,
        string? requestId,
        CancellationToken cancellationToken)
    {
        var text = draft.Text.Trim();
        var commitment = new Commitment
        {
            TenantId = tenantId,
            Id = requestId is null
                ? Guid.NewGuid().ToString("N")
                : CommitmentIds.ForRequest(origin, createdBy, requestId, text),
            Text = text,
            OwnerIds = [.. ownerIds.Distinct(StringComparer.Ordinal)],
            DueAt = draft.DueAt,
            SuccessCriterion = string.IsNullOrWhiteSpace(draft.SuccessCriterion) ? null : draft.SuccessCriterion.Trim(),
            CreatedBy = createdBy,
            Origin = origin,
            CreatedAt = clock.GetUtcNow(),
        };
        await PlanAsync(commitment, cancellationToken);
        try
        {
            await store.AddAsync(commitment, cancellationToken);
            return commitment;
        }
        catch (RequestFailedException e) when (e.Status == 409 && requestId is not null)
        {
            // The first delivery stored it (its answer may have been lost): that one stands.
            return await store.GetAsync(tenantId, commitment.Id, cancellationToken)
                ?? throw new InvalidOperationException("The commitment was stored and is gone.", e);
        }
    }

    public Task<CommitmentChange> CompleteAsync(string tenantId, string id, string actorId, CancellationToken cancellationToken) =>
        CompleteAsync(tenantId, id, actorId, activityId: null, cancellationToken);

    /// <summary>
    /// Marks the item done. With <paramref name="activityId"/> (the card action's), a redelivered action
    /// changes nothing and comes back <see cref="CommitmentChange.AlreadyApplied"/>.
    /// </summary>
    public Task<CommitmentChange> CompleteAsync(
        string tenantId,
        string id,
        string actorId,
        string? activityId,
        CancellationToken cancellationToken) =>
        ChangeAsync(
            tenantId, id, actorId, activityId, c => CommitmentRules.Complete(c, clock.GetUtcNow()), cancellationToken);

    public Task<CommitmentChange> RescheduleAsync(
        string tenantId,
        string id,
        string actorId,
        DateTimeOffset newDueAt,
        CancellationToken cancellationToken) =>
        RescheduleAsync(tenantId, id, actorId, newDueAt, activityId: null, cancellationToken);

    /// <summary>
    /// Moves the due date and plans the follow-up of the new one; <paramref name="activityId"/> as for done.
    /// </summary>
    public async Task<CommitmentChange> RescheduleAsync(
        string tenantId,
        string id,
        string actorId,
        DateTimeOffset newDueAt,
        string? activityId,
        CancellationToken cancellationToken)
    {
        var change = await ChangeAsync(
            tenantId,
            id,
            actorId,
            activityId,
            c => CommitmentRules.Reschedule(c, newDueAt, clock.GetUtcNow()),
            cancellationToken);

        // Also after a redelivery: the first delivery may have failed between its change and this plan,
        // and scheduling the same step again stores it once.
        if (change.Updated is { } moved)
        {
            await PlanAsync(moved, cancellationToken);
        }

        return change;
    }

    public Task<CommitmentChange> BlockAsync(string tenantId, string id, string actorId, string? reason, CancellationToken cancellationToken) =>
        BlockAsync(tenantId, id, actorId, reason, activityId: null, cancellationToken);

    /// <summary>Marks the item blocked with the reason; <paramref name="activityId"/> as for done.</summary>
    public Task<CommitmentChange> BlockAsync(
        string tenantId,
        string id,
        string actorId,
        string? reason,
        string? activityId,
        CancellationToken cancellationToken) =>
        ChangeAsync(tenantId, id, actorId, activityId, c => CommitmentRules.Block(c, reason), cancellationToken);

    /// <summary>Marks a pending item missed at its due time; returns the item as it now stands.</summary>
    public async Task<Commitment?> MarkMissedAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        var change = await store.ChangeAsync(
            tenantId,
            id,
            c => CommitmentRules.MissedAt(c, clock.GetUtcNow()) is { } missed
                ? CommitmentChange.Accepted(missed)
                : CommitmentChange.Refused("not due or not pending"),
            cancellationToken);
        return change.Updated ?? await store.GetAsync(tenantId, id, cancellationToken);
    }

    /// <summary>An owner, or a manager above an owner, may act on a commitment.</summary>
    public async Task<bool> MayActAsync(Commitment item, string actorId, CancellationToken cancellationToken)
    {
        if (item.IsOwnedBy(actorId))
        {
            return true;
        }

        foreach (var owner in item.OwnerIds)
        {
            var chain = await people.GetManagementChainAsync(item.TenantId, owner, cancellationToken);
            if (chain.Skip(1).Any(p => p.Id == actorId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person's open, blocked, rescheduled and missed items, most urgent first.</summary>
    public async Task<IReadOnlyList<Commitment>> ListPendingAsync(string tenantId, string personId, CancellationToken cancellationToken)
    {
        var owned = await store.ListOwnedNotDoneAsync(tenantId, personId, cancellationToken);
        return [.. owned
            .Where(c => c.IsPending || c.State == CommitmentState.Missed)
            .OrderByDescending(c => c.State == CommitmentState.Missed)
            .ThenBy(c => c.DueAt)];
    }

    /// <summary>
    /// The person's completion rate over the last 90 days (done within the grace after the due time counts as
    /// kept); null when nothing fell due.
    /// </summary>
    public async Task<double?> CompletionRateAsync(string tenantId, string personId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var recent = await store.ListOwnedAsync(tenantId, personId, now - CommitmentRules.CompletionWindow, cancellationToken);
        return CommitmentRules.CompletionRate(recent, now, options.Value.EffectiveDoneGrace);
    }

    /// <summary>Shows items to a viewer: owner names and the viewer's own time zone.</summary>
    public async Task<IReadOnlyList<CommitmentView>> ViewAsync(
        IReadOnlyList<Commitment> items,
        Person viewer,
        CancellationToken cancellationToken)
    {
        var zone = LocalClock.FindZone(viewer.TimeZone) ?? TimeZoneInfo.Utc;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var views = new List<CommitmentView>(items.Count);
        foreach (var item in items)
        {
            foreach (var owner in item.OwnerIds.Where(o => !names.ContainsKey(o)))
            {
                // A name only shown: a recent read will do.
                names[owner] = owner == viewer.Id
                    ? "You"
                    : (await people.GetRecentAsync(item.TenantId, owner, cancellationToken))?.DisplayName ?? "Someone";
            }

            views.Add(new CommitmentView(item, string.Join(" and ", item.OwnerIds.Select(o => names[o])), zone));
        }

        return views;
    }

    /// <summary>
    /// Schedules, for each owner's manager, the digest that covers the time the item was missed (the first one
    /// after it, by <see cref="CommitmentWork.DigestCovering"/>): the same rule the digest reads with, so an item
    /// missed a moment before the set time is in that day's digest even when this runs a moment after it.
    /// </summary>
    public async Task PlanDigestAsync(Commitment missed, CancellationToken cancellationToken)
    {
        var missedAt = missed.ClosedAt ?? clock.GetUtcNow();
        foreach (var owner in missed.OwnerIds)
        {
            if (await people.GetAsync(missed.TenantId, owner, cancellationToken) is not { ManagerId: { } managerId }
                || await people.GetAsync(missed.TenantId, managerId, cancellationToken) is not { } manager)
            {
                continue;
            }

            var zone = LocalClock.FindZone(manager.TimeZone) ?? TimeZoneInfo.Utc;
            var window = CommitmentWork.DigestCovering(missedAt, zone, options.Value.DigestLocalTime);
            await schedule.ScheduleAsync(
                CommitmentWork.DigestFor(missed.TenantId, managerId, window.LocalDate, window.Since, window.At),
                cancellationToken);
        }
    }

    // One read: who may act is decided on the version the change is applied to, so an owner changed by a
    // concurrent writer is seen on the retry.
    private Task<CommitmentChange> ChangeAsync(
        string tenantId,
        string id,
        string actorId,
        string? activityId,
        Func<Commitment, CommitmentChange> change,
        CancellationToken cancellationToken) =>
        store.ChangeAsync(
            tenantId,
            id,
            activityId,
            async current => await MayActAsync(current, actorId, cancellationToken)
                ? change(current)
                : CommitmentChange.Refused(NotYours),
            cancellationToken);

    private async Task PlanAsync(Commitment commitment, CancellationToken cancellationToken)
    {
        foreach (var work in CommitmentWork.Plan(commitment, clock.GetUtcNow(), options.Value.MissedReminderAfter))
        {
            await schedule.ScheduleAsync(work, cancellationToken);
        }
    }
}
