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
}
