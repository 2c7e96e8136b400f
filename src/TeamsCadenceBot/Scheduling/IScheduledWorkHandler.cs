namespace TeamsCadenceBot.Scheduling;

/// <summary>Does one kind of scheduled work when it falls due.</summary>
internal interface IScheduledWorkHandler
{
    /// <summary>The kind of work, such as <c>commitment.due</c>.</summary>
    string Kind { get; }

    /// <summary>
    /// Does the work. It may run more than once for one piece of work (a sweep that died after
    /// claiming it is redone), so it must be idempotent: messages it sends carry idempotency keys.
    /// </summary>
    Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken);

    /// <summary>
    /// What the work is about, such as one commitment: a sweep does the pieces of one subject one after another
    /// in due order and different subjects side by side. Null (the default): the piece runs in its tenant's one
    /// ordered lane with every other piece that names no subject, one after another in due order.
    /// </summary>
    string? SubjectOf(ScheduledWork work) => null;
}
